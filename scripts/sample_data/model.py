"""The demo company's world: people and what happened to them, before any file layout.

One random.Random(SEED) drives every draw, and every loop runs over lists in a fixed
order, so the same seed always gives the same world (no sets are iterated, no clock read).
"""

import datetime as dt
import random

from . import pools as P

SEED = 20260901

PERIOD_START = dt.date(2026, 9, 1)
PERIOD_END = dt.date(2026, 10, 31)
LAST_EVENT = dt.datetime(2026, 10, 31, 16, 30, 0)   # nothing happens after this
EXPORT_AT = dt.datetime(2026, 10, 31, 17, 42, 18)   # amoCRM export moment

N_META_PERSONS = 218      # unique people who submitted the Meta lead form
N_META_WITH_DEAL = 104    # of them, how many got an amoCRM deal (~60% of deal contacts)
N_CRM_ONLY = 68           # deal contacts who came from elsewhere (Google, Yandex, site, ...)
N_META_REPEAT = 6         # people who submitted the form twice
N_ORGANIC = 6             # organic (non-ad) lead-form submissions
N_SHEET_ONLY = 14         # people only the manager's sheet knows
N_PAY_ONLY = 6            # people who bought the mini-course on the site: accounting only
N_SHEET_ROWS = 60

HOUR_WEIGHTS = [1, 0, 0, 0, 0, 0, 1, 3, 5, 7, 8, 9, 10, 10, 9, 8, 8, 8, 9, 11, 12, 11, 8, 4]

# Meta campaigns: key -> details. Ids are synthetic, 18 digits like Meta's.
META_CAMPAIGNS = [
    {
        "key": "m_python", "id": "120235871204530512",
        "name": "Лиды — Python-разработчик — осень 2026", "utm": "python_autumn_2026",
        "course": "python",
        "adsets": [
            {"id": "120235871204530677", "name": "Москва 25-45 — интересы IT",
             "ads": [("120235871204531045", "Видео — смена профессии"),
                     ("120235871204531187", "Карусель — отзывы выпускников")]},
            {"id": "120235871204530743", "name": "Lookalike 1% — покупатели",
             "ads": [("120235871204531266", "Видео — смена профессии")]},
        ],
    },
    {
        "key": "m_analyst", "id": "120236044918270208",
        "name": "Лиды — Аналитик данных — сентябрь-октябрь", "utm": "analyst_sep_oct_2026",
        "course": "analyst",
        "adsets": [
            {"id": "120236044918270394", "name": "Москва+СПб 23-40 — аналитика",
             "ads": [("120236044918270811", "Статика — зарплата аналитика"),
                     ("120236044918270925", "Reels — день из жизни аналитика")]},
            {"id": "120236044918270456", "name": "Ретаргет — посетители сайта 30д",
             "ads": [("120236044918271032", "Статика — скидка 15% до конца месяца")]},
        ],
    },
]
META_REACH_CAMPAIGN = {"key": "m_reach", "id": "120236120077340116",
                       "name": "Охват — бренд школы"}
META_FORM = ("f:", "1874420955310268", "Consultation form")

GOOGLE_CAMPAIGNS = [
    {"key": "g_python", "name": "Поиск — Python-разработчик — МСК", "status": "Enabled",
     "utm": "search_python_msk", "type": "Search",
     "terms": ["курсы python с нуля", "обучение python онлайн", "python разработчик курсы",
               "курсы программирования для взрослых"]},
    {"key": "g_brand", "name": "Поиск — Бренд", "status": "Enabled", "utm": "brand_msk",
     "type": "Search", "terms": ["код и смысл школа", "код и смысл отзывы", "код и смысл курсы"]},
    {"key": "g_pmax", "name": "PMax — Курсы — РФ", "status": "Paused", "utm": "pmax_courses_rf",
     "type": "Performance Max", "terms": [""], "paused_from": dt.date(2026, 10, 16)},
]

# course -> (Yandex Direct campaign utm slug, search terms)
YANDEX_CAMPAIGNS = {
    "python": ("direct_python_msk", ["курсы python с нуля", "обучение программированию python"]),
    "analyst": ("direct_analyst_msk", ["обучение аналитике данных", "курсы аналитика данных", "аналитик данных с нуля"]),
    "excel": ("direct_analyst_msk", ["курсы excel и sql", "sql для начинающих курсы"]),
    "product": ("direct_product_msk", ["курсы продакт менеджера", "продакт менеджер обучение"]),
    "ux": ("direct_ux_rf", ["курсы ux ui дизайна", "веб дизайн обучение онлайн"]),
    "marketing": ("direct_marketing_rf", ["курсы интернет маркетолога", "обучение маркетингу онлайн"]),
}
WEBINARS = {"python": "webinar_python", "analyst": "webinar_analyst"}


class Person:
    def __init__(self, key, sex, first, middle, last, city):
        self.key = key
        self.sex = sex
        self.first = first
        self.middle = middle
        self.last = last
        self.city = city
        self.mobile = None        # +7XXXXXXXXXX
        self.work_phone = None
        self.home_phone = None
        self.email = None         # canonical (lower-case) personal e-mail
        self.work_email = None
        self.company = None       # (legal, short, domain)
        self.job = None
        self.birth_year = None
        self.course = None        # course code
        self.goal = None
        self.start = None
        self.objections = []
        self.needs = []
        self.owner = None
        self.inn = ""
        self.story = ""           # what makes this person special in the demo, if anything

    @property
    def main_phone(self):
        return self.mobile or self.home_phone

    def full(self, with_middle=True):
        parts = [self.last, self.first] + ([self.middle] if with_middle else [])
        return " ".join(parts)


class MetaLead:
    def __init__(self, person, time, campaign, adset, ad, platform, organic, goal, start, course_slug):
        self.person = person
        self.time = time
        self.campaign = campaign
        self.adset = adset
        self.ad = ad
        self.platform = platform
        self.organic = organic
        self.goal = goal
        self.start = start
        self.course_slug = course_slug
        self.id = None
        self.test = False
        self.phone_style = None
        self.email_style = None
        self.name_text = None
        self.phone_value = None   # e164 actually typed (mobile or home)
        self.email_value = None


class Deal:
    def __init__(self, person, created, origin, owner, course):
        self.person = person
        self.created = created
        self.origin = origin          # meta | meta_organic | google | yandex | site | referral | webinar | call | corporate
        self.owner = owner
        self.course = course
        self.pipeline = "Продажи курсов"
        self.stage = None
        self.closed = None
        self.lost_reason = ""
        self.budget = 0
        self.id = None
        self.meta_lead = None
        self.campaign = None          # utm campaign slug
        self.google_campaign = None   # key, for Google conversions
        self.term = ""
        self.forced = None
        self.duplicate_of = None
        self.edited = None
        self.payments = []            # list of (date, amount) within the period
        self.plan_n = 0               # number of planned payments (some fall after the period)

    @property
    def won(self):
        return self.stage == P.WON


class World:
    def __init__(self, seed=SEED):
        self.rng = random.Random(seed)
        self.persons = []
        self.meta_leads = []
        self.deals = []
        self.sheet_people = []        # list of (person, deal or None)
        self.pay_only = []
        self._phones = {}
        self._emails = {}
        self._names = {}
        self._inns = {}
        self.build()

    # ---------------------------------------------------------------- helpers
    def choice_w(self, pairs):
        items = [p[0] for p in pairs]
        weights = [p[-1] for p in pairs]
        return self.rng.choices(items, weights=weights)[0]

    def rand_time(self, d_from=PERIOD_START, d_to=None, latest=LAST_EVENT):
        d_to = d_to or PERIOD_END
        rng = self.rng
        for _ in range(100):
            day = d_from + dt.timedelta(days=rng.randint(0, (d_to - d_from).days))
            # a little less on weekends for a course business
            if day.weekday() >= 5 and rng.random() < 0.3:
                continue
            hour = rng.choices(range(24), weights=HOUR_WEIGHTS)[0]
            t = dt.datetime(day.year, day.month, day.day, hour, rng.randint(0, 59), rng.randint(0, 59))
            if t <= latest:
                return t
        return latest - dt.timedelta(hours=rng.randint(1, 5))

    def work_time(self, day, lo=9, hi=20):
        rng = self.rng
        return dt.datetime(day.year, day.month, day.day, rng.randint(lo, hi - 1), rng.randint(0, 59),
                           rng.randint(0, 59))

    def new_phone(self, city="Москва", landline=False):
        rng = self.rng
        while True:
            if landline:
                code = "495" if city != "Санкт-Петербург" else "812"
            elif city == "Санкт-Петербург":
                code = rng.choice(P.MOBILE_CODES_SPB)
            else:
                code = rng.choice(P.MOBILE_CODES_MSK)
            rest = "%07d" % rng.randint(1000000, 9999999)
            if len(set(rest)) < 4:
                continue
            e164 = "+7" + code + rest
            if e164 not in self._phones:
                self._phones[e164] = True
                return e164

    def new_email(self, p, domain=None, work=False):
        rng = self.rng
        f = P.translit(p.first).lower()
        l = P.translit(p.last).lower()
        m = P.translit(p.middle).lower()[:1] or "a"
        yy = "%02d" % (p.birth_year % 100)
        nn = str(rng.randint(1, 99))
        if work:
            patterns = [f"{f}.{l}", f"{f[0]}.{l}", f"{l}", f"{l}.{f[0]}", f"{f}"]
        else:
            patterns = [f"{f}.{l}", f"{l}.{f}", f"{f[0]}.{l}", f"{l}{f[0]}", f"{f}{l}",
                        f"{l}_{f}", f"{f}.{l}{yy}", f"{l}{nn}", f"{f}{yy}", f"{l}.{f[0]}{m}",
                        f"{f}_{l[:4]}{yy}", f"{f}-{l}"]
        for attempt in range(40):
            local = rng.choice(patterns)
            if attempt > 10:
                local += str(rng.randint(2, 999))
            dom = domain or self.choice_w(P.FREE_MAIL)
            if local.startswith("yy") or len(local) < 3:
                continue
            email = f"{local}@{dom}"
            if email not in self._emails:
                self._emails[email] = True
                return email
        raise RuntimeError("could not make a unique e-mail")

    def new_inn(self):
        rng = self.rng
        while True:
            digits = [int(c) for c in rng.choice(["77", "50", "78", "16"])] + \
                     [rng.randint(0, 9) for _ in range(8)]
            w1 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
            c1 = sum(a * b for a, b in zip(w1, digits)) % 11 % 10
            digits.append(c1)
            w2 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]
            c2 = sum(a * b for a, b in zip(w2, digits)) % 11 % 10
            digits.append(c2)
            inn = "".join(map(str, digits))
            if inn not in self._inns:
                self._inns[inn] = True
                return inn

    def new_person(self, sex=None, first=None, last_masc=None, middle_father=None, city=None,
                   allow_namesake=False, story=""):
        rng = self.rng
        for _ in range(1000):
            s = sex or ("f" if rng.random() < 0.56 else "m")
            lm = last_masc or rng.choice(P.SURNAMES)
            if lm in P.STAFF_SURNAMES:
                continue
            father = middle_father or rng.choice(P.MALE_FIRST)
            if s == "m":
                fi = first or rng.choice(P.MALE_FIRST)[0]
                mid = father[1]
                last = lm
            else:
                fi = first or rng.choice(P.FEMALE_FIRST)
                mid = father[2]
                last = P.feminine_surname(lm)
            if fi == father[0] and s == "m" and rng.random() < 0.8:
                continue  # "Сергей Сергеевич" happens, but not too often
            name_key = (fi.replace("ё", "е"), last.replace("ё", "е"))
            if name_key in self._names and not allow_namesake:
                continue
            self._names[name_key] = True
            c = city or self.choice_w(P.CITIES)
            p = Person("P%04d" % (len(self.persons) + 1), s, fi, mid, last, c)
            p.story = story
            p.birth_year = rng.randint(1974, 2005)
            if rng.random() < 0.30:
                p.company = rng.choice(P.COMPANIES)
            p.job = rng.choice(P.JOBS) if rng.random() < 0.75 else None
            if p.birth_year >= 2003 and rng.random() < 0.7:
                p.job = "студент"
                p.company = None
            p.mobile = self.new_phone(c)
            p.email = self.new_email(p)
            if p.company and rng.random() < 0.5:
                p.work_email = self.new_email(p, domain=p.company[2], work=True)
            if p.company and rng.random() < 0.25:
                p.work_phone = self.new_phone("Москва", landline=True)
            p.goal = self.choice_w(P.GOALS)
            p.start = self.choice_w(P.STARTS)
            p.needs = rng.sample(P.NEEDS_TEXT[p.goal], k=min(2, len(P.NEEDS_TEXT[p.goal])))[: rng.randint(1, 2)]
            if rng.random() < 0.75:
                spouse = "с женой" if s == "f" else "с мужем"      # the one that does not fit
                pool = [o for o in P.OBJECTIONS if not o.endswith(spouse)]
                p.objections = rng.sample(pool, k=rng.choice([1, 1, 2]))
            if rng.random() < 0.18:
                p.inn = self.new_inn()
            self.persons.append(p)
            return p
        raise RuntimeError("could not draw a person")

    # ---------------------------------------------------------------- build
    def build(self):
        rng = self.rng
        # --- special people first, so their stories are fixed regardless of counts
        fam_father = ("Виктор", "Викторович", "Викторовна")
        olga = self.new_person("f", "Ольга", "Кузнецов", fam_father, "Москва",
                               story="family: mother, shares the home phone with her daughter")
        daria = self.new_person("f", "Дарья", "Кузнецов", ("Андрей", "Андреевич", "Андреевна"), "Москва",
                                allow_namesake=True,
                                story="family: daughter, shares the home phone with her mother")
        home = self.new_phone("Москва", landline=True)
        for p in (olga, daria):
            p.home_phone = home
            p.mobile = None
            p.company = None
            p.work_email = None
            p.work_phone = None
        olga.job = "экономист"
        olga.birth_year = 1979
        daria.birth_year = 2004
        daria.job = "студент"
        father = ("Сергей", "Сергеевич", "Сергеевна")
        alex1 = self.new_person("m", "Александр", "Смирнов", father, "Москва",
                                story="namesake #1 (same full name as namesake #2)")
        alex2 = self.new_person("m", "Александр", "Смирнов", father, "Санкт-Петербург",
                                allow_namesake=True,
                                story="namesake #2 (same full name as namesake #1)")
        for a in (alex1, alex2):
            a.company = None
            a.work_email = None
            a.work_phone = None
        artem = self.new_person("m", "Артём", "Фёдоров", ("Олег", "Олегович", "Олеговна"), "Москва",
                                story="ё/е: Артём Фёдоров is written Артем Федоров in the CRM")
        alena = self.new_person("f", "Алёна", "Соловьёв", ("Игорь", "Игоревич", "Игоревна"), "Москва",
                                story="ё/е: Алёна Соловьёва is written Алена Соловьева in places")

        specials_meta = [olga, alex1, artem, alena]

        # --- Meta lead-form people
        meta_people = list(specials_meta)
        while len(meta_people) < N_META_PERSONS:
            meta_people.append(self.new_person())
        for p in meta_people:
            self.add_meta_lead(p, first=True)
        # force specials early so their stories fit in the period
        olga_lead = self.lead_of(olga)
        olga_lead.time = dt.datetime(2026, 9, 8, 21, 14, 37)
        olga_lead.phone_value = olga.home_phone
        self.lead_of(alex1).time = dt.datetime(2026, 9, 15, 12, 48, 3)
        self.lead_of(artem).time = dt.datetime(2026, 9, 21, 19, 2, 51)
        self.lead_of(alena).time = dt.datetime(2026, 9, 4, 22, 31, 9)

        # organic leads (no ad): pick ordinary people
        ordinary_meta = [p for p in meta_people if p not in specials_meta]
        for p in rng.sample(ordinary_meta, N_ORGANIC):
            lead = self.lead_of(p)
            lead.organic = True
            lead.campaign = lead.adset = lead.ad = None
            lead.platform = ""
        # repeat submissions
        repeaters = rng.sample([p for p in ordinary_meta if not self.lead_of(p).organic], N_META_REPEAT)
        for p in repeaters:
            first = self.lead_of(p)
            if first.time > LAST_EVENT - dt.timedelta(days=3):
                first.time = first.time - dt.timedelta(days=rng.randint(4, 20))
            t = first.time + dt.timedelta(days=rng.randint(1, 12), hours=rng.randint(0, 9),
                                          minutes=rng.randint(0, 59))
            if t > LAST_EVENT:
                t = LAST_EVENT - dt.timedelta(hours=rng.randint(1, 20), minutes=rng.randint(0, 59),
                                              seconds=rng.randint(0, 59))
            self.add_meta_lead(p, first=False, time=t)

        # --- amoCRM deals for Meta people
        with_deal = list(specials_meta)
        pool = [p for p in meta_people if p not in specials_meta]
        rng.shuffle(pool)
        # repeaters get deals (duplicate deal story) more often
        pool.sort(key=lambda p: 0 if p in repeaters[:4] else 1)
        with_deal += pool[: N_META_WITH_DEAL - len(with_deal)]
        forced = {olga.key: "lost", alex1.key: "lost", artem.key: "won", alena.key: "won"}
        for p in with_deal:
            lead = self.lead_of(p)
            origin = "meta_organic" if lead.organic else "meta"
            created = lead.time + dt.timedelta(minutes=rng.randint(1, 6), seconds=rng.randint(0, 59))
            d = self.new_deal(p, created, origin, forced=forced.get(p.key),
                              owner=(P.MANAGERS[0] if p is alex1 else None))   # both namesakes: her sheet
            d.meta_lead = lead
            d.campaign = lead.campaign["utm"] if lead.campaign else ""
        self.meta_only = [p for p in meta_people if p not in with_deal]

        # --- CRM-only people (Google, Yandex, site, referrals, webinar, calls)
        crm_people = [daria, alex2]
        while len(crm_people) < N_CRM_ONLY:
            crm_people.append(self.new_person())
        forced_origin = {daria.key: "site", alex2.key: "google"}
        for p in crm_people:
            origin = forced_origin.get(p.key) or self.choice_w([
                ("google", 36), ("yandex", 20), ("site", 10), ("referral", 13),
                ("webinar", 11), ("call", 6), ("corporate", 4)])
            created = self.rand_time(latest=LAST_EVENT - dt.timedelta(hours=2))
            if p is daria:
                created = dt.datetime(2026, 9, 29, 18, 5, 40)
            if p is alex2:
                created = dt.datetime(2026, 10, 5, 10, 22, 7)
            d = self.new_deal(p, created, origin,
                              forced={daria.key: "won", alex2.key: "won"}.get(p.key),
                              owner=("Марина Иванова" if p is alex2 else None))
            if origin == "google":
                camps = [c for c in GOOGLE_CAMPAIGNS
                         if "paused_from" not in c or created.date() < c["paused_from"]]
                g = rng.choices(camps, weights=[5, 3, 2][: len(camps)])[0]
                d.google_campaign = g["key"]
                d.campaign = g["utm"]
                d.term = rng.choice(g["terms"])
                if g["key"] == "g_python":
                    d.course = p.course = "python"
            elif origin == "yandex":
                slug, terms = YANDEX_CAMPAIGNS[d.course]
                d.campaign = slug
                d.term = rng.choice(terms)
            elif origin == "webinar":
                if d.course not in WEBINARS:
                    d.course = p.course = rng.choice(["python", "analyst"])
                d.campaign = WEBINARS[d.course]
        daria.course = "excel"
        self.deal_of(daria).course = "excel"

        # --- stages, close dates, budgets, payments of the first deals
        for d in self.deals:
            self.finish_deal(d)

        # --- second deals: duplicates from repeat lead submissions, and repeat purchases
        n_before = len(self.deals)
        for p in repeaters:
            d1 = self.deal_of(p)
            if d1 is None:
                continue
            lead2 = [l for l in self.meta_leads if l.person is p][1]
            if len([d for d in self.deals if d.person is p]) >= 2:
                continue
            created = lead2.time + dt.timedelta(minutes=rng.randint(1, 6))
            d2 = self.new_deal(p, created, "meta", forced="dup", owner=d1.owner)
            d2.meta_lead = lead2
            d2.campaign = lead2.campaign["utm"] if lead2.campaign else ""
            d2.duplicate_of = d1
        candidates = [d for d in self.deals if d.closed and d.person not in repeaters
                      and d.person.story == "" and d.closed < LAST_EVENT - dt.timedelta(days=8)]
        rng.shuffle(candidates)
        n_second = 0
        for d1 in candidates:
            if n_second >= 7:
                break
            p = d1.person
            created = d1.closed + dt.timedelta(days=rng.randint(3, 7), hours=rng.randint(0, 6))
            if created > LAST_EVENT:
                continue
            origin = "call" if rng.random() < 0.5 else "site"
            d2 = self.new_deal(p, created, origin, owner=d1.owner)
            if d1.won and d1.course == "excel":
                d2.course = rng.choice(["python", "analyst"])
            elif d1.won:
                d2.course = "excel" if rng.random() < 0.5 else rng.choice(["product", "ux"])
            n_second += 1
        for d in self.deals[n_before:]:
            self.finish_deal(d)

        # --- ids, in creation order, like amoCRM's
        self.deals.sort(key=lambda d: d.created)
        next_id = 31504217
        for d in self.deals:
            d.id = next_id
            next_id += rng.randint(1, 37)

        # --- manager sheet (Марина Иванова's own people)
        self.build_sheet(meta_people)

        # --- mini-course buyers who paid on the site and never reached the CRM
        for _ in range(N_PAY_ONLY):
            p = self.new_person()
            p.course = "excel"
            day = PERIOD_START + dt.timedelta(days=rng.randint(30, 60))
            self.pay_only.append((p, [(day, 9900)]))

        # phone/e-mail display choices that must stay stable per person and source
        self.persons.sort(key=lambda p: p.key)

    def lead_of(self, p):
        for l in self.meta_leads:
            if l.person is p:
                return l
        return None

    def deal_of(self, p):
        for d in self.deals:
            if d.person is p:
                return d
        return None

    def add_meta_lead(self, p, first, time=None):
        rng = self.rng
        c = rng.choices(META_CAMPAIGNS, weights=[52, 48])[0]
        adset = rng.choice(c["adsets"])
        ad = rng.choice(adset["ads"])
        t = time or self.rand_time()
        platform = "fb" if rng.random() < 0.58 else "ig"
        goal = p.goal
        start = p.start
        if first:
            if rng.random() < 0.8:
                course = c["course"]
            else:
                course = rng.choice(["python", "analyst", "product", "ux", None])
            p.course = course or rng.choice(["python", "analyst"])
            slug = dict((cc[0], cc[3]) for cc in P.COURSES).get(course) if course else "not_sure_yet"
        else:
            slug = dict((cc[0], cc[3]) for cc in P.COURSES).get(p.course) or "not_sure_yet"
            start = rng.choice(["this_month", "next_month"])
        lead = MetaLead(p, t, c, adset, ad, platform, False, goal, start, slug)
        lead.phone_value = p.main_phone
        lead.email_value = p.email
        self.meta_leads.append(lead)
        return lead

    def new_deal(self, p, created, origin, forced=None, owner=None):
        rng = self.rng
        if owner is None:
            owner = p.owner or self.choice_w([(P.MANAGERS[0], 42), (P.MANAGERS[1], 31), (P.MANAGERS[2], 27)])
        p.owner = p.owner or owner
        course = p.course
        if origin not in ("meta", "meta_organic"):
            course = course or self.choice_w([("python", 30), ("analyst", 26), ("product", 14),
                                              ("ux", 12), ("marketing", 10), ("excel", 8)])
            p.course = p.course or course
        d = Deal(p, created, origin, owner, course)
        d.forced = forced
        if origin == "corporate":
            d.pipeline = "Корпоративное обучение"
            if not p.company:
                p.company = rng.choice(P.COMPANIES)
                p.work_email = self.new_email(p, domain=p.company[2], work=True)
            p.job = "руководитель отдела"
        self.deals.append(d)
        return d

    def finish_deal(self, d):
        """Stage, close date, lost reason, budget and payments."""
        rng = self.rng
        price = dict((c[0], c[2]) for c in P.COURSES).get(d.course, 69900)
        if d.pipeline == "Корпоративное обучение":
            price = rng.choice([180000, 240000, 320000, 420000])
        cycle = rng.choices(range(1, 29), weights=[3, 5, 6, 6, 6, 6, 6, 5, 5, 5, 4, 4, 4, 4,
                                                   3, 3, 3, 3, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1])[0]
        close_day = (d.created + dt.timedelta(days=cycle)).date()
        close = self.work_time(close_day, 10, 20)
        if d.forced == "dup":
            close = d.created + dt.timedelta(minutes=rng.randint(20, 240))
            close = min(close, LAST_EVENT)
        if d.forced == "won" and close > LAST_EVENT:
            close = min(d.created + dt.timedelta(hours=rng.randint(3, 30)), LAST_EVENT)
        outcome = None
        if d.forced == "dup":
            outcome = "lost"
        elif d.forced in ("won", "lost"):
            outcome = d.forced
        elif close > LAST_EVENT or close <= d.created:
            outcome = "open"
        elif d.pipeline == "Корпоративное обучение":
            outcome = "open" if rng.random() < 0.6 else "lost"
        else:
            outcome = "won" if rng.random() < 0.55 else "lost"
        if outcome == "open":
            age_days = (EXPORT_AT - d.created).total_seconds() / 86400
            if age_days < 1:
                d.stage = P.OPEN_STAGES[0]
            elif age_days < 4:
                d.stage = rng.choice(P.OPEN_STAGES[:3])
            else:
                d.stage = rng.choice(P.OPEN_STAGES[1:])
            d.budget = price if d.stage in P.OPEN_STAGES[2:] or rng.random() < 0.3 else 0
            d.closed = None
        elif outcome == "lost":
            d.stage = P.LOST
            d.closed = close
            d.lost_reason = "Дубль" if d.forced == "dup" else self.choice_w(
                [r for r in P.LOST_REASONS if r[0] != "Дубль"])
            d.budget = price if rng.random() < 0.55 else 0
            if d.forced == "dup":
                d.budget = 0
        else:
            d.stage = P.WON
            d.closed = close
            discount = self.choice_w([(0, 70), (10, 18), (15, 12)])
            d.budget = int(round(price * (100 - discount) / 100 / 100.0)) * 100
            if d.pipeline != "Корпоративное обучение":
                self.plan_payments(d)
        last = d.closed or d.created
        d.edited = min(last + dt.timedelta(minutes=rng.randint(2, 600)), EXPORT_AT - dt.timedelta(minutes=5))
        if d.edited < last:
            d.edited = last

    def plan_payments(self, d):
        rng = self.rng
        plan = 1 if d.course == "excel" else self.choice_w([(1, 40), (2, 30), (3, 30)])
        d.plan_n = plan
        first_day = (d.closed + dt.timedelta(days=self.choice_w([(0, 60), (1, 30), (2, 10)]))).date()
        if plan == 1:
            parts = [d.budget]
        elif plan == 2:
            a = int(round(d.budget / 2 / 100.0)) * 100
            parts = [a, d.budget - a]
        else:
            a = int(round(d.budget / 3 / 100.0)) * 100
            parts = [a, a, d.budget - 2 * a]
        for i, amount in enumerate(parts):
            day = first_day + dt.timedelta(days=14 * i)   # school's own instalments: every two weeks
            if day <= PERIOD_END:
                d.payments.append((day, amount))

    def build_sheet(self, meta_people):
        rng = self.rng
        ivanova = P.MANAGERS[0]
        own = []
        for d in self.deals:
            if d.owner == ivanova and d.forced != "dup" and all(d.person is not x[0] for x in own):
                if d.person.home_phone:      # the family is not in her sheet
                    continue
                own.append((d.person, d))
        must = [x for x in own if x[0].story]
        rest = [x for x in own if not x[0].story]
        # she keeps the promising ones: open and won deals first
        rest.sort(key=lambda x: (0 if x[1].stage != P.LOST else 1, rng.random()))
        n_meta_only = 2
        n_deal_rows = N_SHEET_ROWS - N_SHEET_ONLY - n_meta_only
        chosen = must + rest[: n_deal_rows - len(must)]
        mo = [p for p in self.meta_only if p.story == "" and not self.lead_of(p).organic]
        rng.shuffle(mo)
        for p in mo[:n_meta_only]:
            chosen.append((p, None))
            p.owner = ivanova
        for _ in range(N_SHEET_ONLY):
            p = self.new_person()
            p.owner = ivanova
            p.course = self.choice_w([("python", 30), ("analyst", 30), ("product", 20), ("ux", 20)])
            chosen.append((p, None))
        self.sheet_people = chosen
