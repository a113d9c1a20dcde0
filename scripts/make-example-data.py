#!/usr/bin/env python3
"""Writes the example company's data to content/data/*.csv.

Northwind Building Supply is a made-up wholesaler of building materials and
tools with five account managers: Chicago, Bucharest, Moscow, St Petersburg
and Tehran. The data is deterministic (fixed seed, no clock), so running this
script again gives byte-identical files; commit the script and the CSVs
together.

Every scenario the handbook must show is placed on purpose (a high-value
customer lost recently, price-only and service-only leavers, the "let go"
price+service case, won-back customers, a customer with no orders, customers
with one or two purchases, customers at risk ...). The rest of the customers
are drawn at random around them. At the end the script checks each planted
scenario against the status rule of docs/metrics.md (median interval between
purchase days, lost_factor 1.33, at-risk factor 1.0) and prints the ids, so
tests can be written against them.

Usage: python3 scripts/make-example-data.py [--out content/data] [--quiet]
Python 3 standard library only.
"""

import argparse
import csv
import datetime as dt
import math
import os
import random
import statistics
import sys
import unicodedata

SEED = 20261031
AS_OF = dt.date(2026, 10, 31)
START = dt.date(2020, 1, 1)
LOST_FACTOR = 1.33
AT_RISK_FACTOR = 1.0
MAIL = "northwind-supply.example"

D = dt.date
rng = random.Random(SEED)

# --------------------------------------------------------------------------
# Managers and regions. Ирина Волкова has no email on purpose: the `mail`
# command must report her as "skipped: no email".
# --------------------------------------------------------------------------
MANAGERS = [
    # name, email, phone, region
    ("Andrew Collins", f"andrew.collins@{MAIL}", "+1 312 555 0147", "Chicago"),
    ("Ioana Popescu", f"ioana.popescu@{MAIL}", "+40 21 555 0192", "București"),
    ("Павел Смирнов", f"pavel.smirnov@{MAIL}", "+7 495 555-01-23", "Москва"),
    ("Ирина Волкова", "", "+7 812 555-04-56", "Санкт-Петербург"),
    ("مریم احمدی", f"maryam.ahmadi@{MAIL}", "+98 21 5555 0134", "تهران"),
]

REGIONS = {
    "us": dict(manager="Andrew Collins", lang="en", count=36,
               cities=["Chicago"] * 4 + ["Milwaukee", "Naperville", "Joliet", "Gary", "Rockford", "Evanston"]),
    "ro": dict(manager="Ioana Popescu", lang="ro", count=22,
               cities=["București"] * 3 + ["Cluj-Napoca", "Ploiești", "Brașov", "Pitești"]),
    "msk": dict(manager="Павел Смирнов", lang="ru", count=26,
                cities=["Москва"] * 4 + ["Подольск", "Химки", "Мытищи", "Балашиха"]),
    "spb": dict(manager="Ирина Волкова", lang="ru", count=14,
                cities=["Санкт-Петербург"] * 3 + ["Колпино", "Гатчина", "Всеволожск"]),
    "ir": dict(manager="مریم احمدی", lang="fa", count=22,
               cities=["تهران"] * 4 + ["کرج", "قم", "اسلام‌شهر", "ورامین", "شهریار"]),
}
REGION_ORDER = ["us", "ro", "msk", "spb", "ir"]

ROLES = ["purchasing manager", "director", "owner", "chief engineer", "accountant"]
CHANNELS = ["call", "email", "visit", "messenger"]

# --------------------------------------------------------------------------
# Names. Company names come with a Latin slug for the email address.
# --------------------------------------------------------------------------
US_CORES = ["Lakeside", "Prairie", "Ironwood", "Summit", "Riverbend", "Northgate", "Oak Park", "Cedar Ridge",
            "Great Lakes", "Fox Valley", "Windy City", "Granite", "Heartland", "Bluestem", "Maple Grove",
            "Silver Creek", "Keystone", "Lincoln", "Harbor Point", "Union Square", "Westfield", "Red Barn",
            "Pioneer", "Blackhawk", "Stonebridge", "Elmhurst", "Tri-County", "Eagle", "Crossroads",
            "Hickory", "Midway", "Lakeview", "Benchmark"]
US_TYPES = {"contractor": ["Contractors", "Builders", "Roofing", "Renovation", "Drywall & Framing", "Concrete"],
            "retail": ["Hardware", "Home Center", "Paint & Tools", "Builders Mart"],
            "developer": ["Development Group", "Homes", "Properties", "Developments"],
            "industrial": ["Fabrication", "Manufacturing", "Industrial Services", "Plant Maintenance"]}
US_FIRST = ["James", "Maria", "Robert", "Linda", "Michael", "Karen", "David", "Susan", "Daniel", "Emily",
            "Kevin", "Laura", "Brian", "Megan", "Thomas", "Rachel"]
US_LAST = ["Miller", "Johnson", "Kowalski", "Nguyen", "Garcia", "O'Brien", "Anderson", "Schmidt", "Patel",
           "Murphy", "Novak", "Brennan", "Walsh", "Lopez", "Fischer", "Hayes"]

RO_CORES = ["Construcții Nord", "Termo Instal", "Carpați Build", "Dunărea", "Casa Bună", "Arhitect Plus",
            "Ardeal Invest", "Bucegi", "Montaj Expert", "Oltenia Materiale", "Prahova Group", "Someș",
            "Făgăraș", "Transilvania Grup", "Moldova Habitat", "Izvor", "Cetate", "Vest Proiect", "Milcov",
            "Tâmpa", "Rovine", "Zarand", "Argeș Tools", "Bega"]
RO_TYPES = {"contractor": ["Construct", "Instalații", "Renovări"], "retail": ["Magazin", "Bricolaj"],
            "developer": ["Imobiliare", "Dezvoltare"], "industrial": ["Industrial", "Fabricație"]}
RO_FIRST = ["Andrei", "Mihai", "Alexandru", "Elena", "Cristina", "Bogdan", "Radu", "Ana", "Maria", "Florin",
            "Gabriela", "Ionuț"]
RO_LAST = ["Popa", "Ionescu", "Dumitrescu", "Stan", "Gheorghe", "Munteanu", "Constantinescu", "Marinescu",
           "Lungu", "Ștefănescu", "Țurcanu", "Diaconu"]

RU_CORES = ["СтройМонтаж", "Кровля-Сервис", "Монолит", "ТеплоДом", "Северный Берег", "Гранит-М", "ПрофиСтрой",
            "Альфа-Ремонт", "Уралстрой", "Мастерская Кузнецова", "Новый Квартал", "Фасад Плюс", "Вектор",
            "Технопарк", "Бетон-Инвест", "Ладога", "Невский Двор", "Сталь-Комплект", "Домострой", "Крепёж-Опт",
            "Инженерные Системы", "Отделка Про", "Радуга", "Зодчий", "Кирпичный Дом", "Энергомонтаж",
            "Магистраль", "Ока", "Основа", "Лесоторг", "Балтика-Строй", "Подряд-М", "Светлый Дом",
            "Арсенал", "Мегаполис", "Пётр и Партнёры", "Ремстрой", "Сфера", "Кварц", "Восток"]
RU_MALE = ["Алексей", "Дмитрий", "Сергей", "Андрей", "Михаил", "Николай", "Игорь", "Олег", "Виктор", "Юрий"]
RU_FEMALE = ["Елена", "Ольга", "Наталья", "Татьяна", "Анна", "Марина", "Светлана"]
RU_LAST = ["Иванов", "Кузнецов", "Соколов", "Попов", "Лебедев", "Козлов", "Новиков", "Морозов", "Петров",
           "Волков", "Фёдоров", "Орлов", "Егоров", "Зайцев"]

FA_COMPANIES = [
    ("شرکت ساختمانی آریا", "arya"), ("مصالح ساختمانی پارس", "pars-masaleh"), ("بازرگانی نگین", "negin"),
    ("گروه صنعتی البرز", "alborz"), ("پیمانکاری سپهر", "sepehr"), ("تأسیسات دماوند", "damavand"),
    ("ابزار آسیا", "abzar-asia"), ("آهن‌آلات کاوه", "kaveh"), ("کاشی و سرامیک مهر", "mehr-ceramic"),
    ("ساختمان‌سازی افق", "ofogh"), ("بتن آرمه زاگرس", "zagros"), ("شرکت تولیدی پارسیان", "parsian"),
    ("فروشگاه ابزار رضایی", "rezaei-tools"), ("انبوه‌سازان نوین", "novin"), ("توسعه عمران کوثر", "kowsar"),
    ("گروه مهندسی آرمان", "arman"), ("پخش مصالح ستاره", "setareh"), ("صنایع فلزی سپید", "sepid"),
    ("شرکت عمرانی پیشگامان", "pishgaman"), ("فروشگاه رنگ و ابزار بهار", "bahar"), ("ساختمانی تندیس", "tandis"),
    ("شرکت فنی کیان", "kian"), ("بازرگانی خلیج فارس", "khalij-fars"), ("انبوه‌سازی مهرگان", "mehregan"),
]
FA_FIRST = ["علی", "محمد", "رضا", "حسین", "مهدی", "سارا", "زهرا", "فاطمه", "نرگس", "امیر", "حمید", "لیلا"]
FA_LAST = ["رضایی", "محمدی", "حسینی", "کریمی", "موسوی", "جعفری", "قاسمی", "صادقی", "رحیمی", "نوری", "کاظمی",
           "تهرانی"]

TRANSLIT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r",
                     "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]))


def slugify(text):
    text = "".join(TRANSLIT.get(ch, ch) for ch in text.lower())
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    out = "".join(ch if ch.isalnum() else "-" for ch in text)
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-")


class Names:
    """Hands out unique company and person names per region, deterministically."""

    def __init__(self):
        self.used = set()
        self.us_cores = rng.sample(US_CORES, len(US_CORES))
        self.ro_cores = rng.sample(RO_CORES, len(RO_CORES))
        self.ru_cores = rng.sample(RU_CORES, len(RU_CORES))
        self.fa = rng.sample(FA_COMPANIES, len(FA_COMPANIES))

    def company(self, region, segment):
        if region == "us":
            core = self.us_cores.pop()
            name = f"{core} {rng.choice(US_TYPES[segment])}" + rng.choice(["", " LLC", " Inc.", " Co."])
            return name, slugify(core)
        if region == "ro":
            core = self.ro_cores.pop()
            return f"{core} {rng.choice(RO_TYPES[segment])} SRL", slugify(core)
        if region in ("msk", "spb"):
            core = self.ru_cores.pop()
            if segment == "retail" and rng.random() < 0.4:
                last = rng.choice(RU_LAST)
                return f"ИП {last} {rng.choice('АВДЕКМНОС')}. {rng.choice('АВГДИМНПС')}.", slugify(last) + "-ip"
            form = rng.choice(["ООО", "ООО", "ООО", "АО"])
            return f"{form} «{core}»", slugify(core)
        name, slug = self.fa.pop()
        return name, slug

    def person(self, region):
        while True:
            if region == "us":
                p = f"{rng.choice(US_FIRST)} {rng.choice(US_LAST)}"
            elif region == "ro":
                p = f"{rng.choice(RO_FIRST)} {rng.choice(RO_LAST)}"
            elif region in ("msk", "spb"):
                if rng.random() < 0.6:
                    p = f"{rng.choice(RU_MALE)} {rng.choice(RU_LAST)}"
                else:
                    p = f"{rng.choice(RU_FEMALE)} {rng.choice(RU_LAST)}а"
            else:
                p = f"{rng.choice(FA_FIRST)} {rng.choice(FA_LAST)}"
            if p not in self.used:
                self.used.add(p)
                return p


# --------------------------------------------------------------------------
# Texts in the branch's language: complaint topics and contact notes.
# --------------------------------------------------------------------------
TOPICS = {
    "en": {"delivery": ["Delivery arrived two days late", "Truck came outside the agreed window",
                        "Half of the order shipped, the rest a week later"],
           "service_quality": ["Wrong items picked for the order", "Invoice did not match the quote",
                               "Returned goods credited after six weeks"],
           "rude_staff": ["Warehouse staff were rude to the driver", "Sales desk hung up on the buyer"],
           "product_quality": ["Cracked drywall sheets in the delivery", "Batch of anchors failed the pull test"],
           "ignored_requests": ["Asked twice for a quote on roofing membrane, no answer",
                                "Request for net-60 terms never answered"],
           "price": ["Price of rebar went up without notice"],
           "other": ["Damaged pallet not collected"]},
    "ro": {"delivery": ["Livrarea a întârziat trei zile", "Camionul a venit în afara intervalului stabilit"],
           "service_quality": ["Produse greșite în comandă", "Factura nu corespunde ofertei"],
           "rude_staff": ["Personalul din depozit a fost nepoliticos"],
           "product_quality": ["Saci de adeziv întăriți", "Plăci ceramice cu nuanțe diferite"],
           "ignored_requests": ["Cererea de ofertă pentru termoizolație a rămas fără răspuns"],
           "price": ["Prețul cimentului a crescut fără anunț"],
           "other": ["Paleți nereturnați"]},
    "ru": {"delivery": ["Доставка опоздала на два дня", "Машина приехала не в согласованное окно",
                        "Привезли половину заказа, остальное через неделю"],
           "service_quality": ["Собрали не тот товар", "Счёт не совпал с коммерческим предложением"],
           "rude_staff": ["Грубость кладовщика при отгрузке", "Менеджер не дал договорить закупщику"],
           "product_quality": ["Треснувшие листы гипсокартона", "Партия анкеров не выдержала нагрузку"],
           "ignored_requests": ["Дважды просили КП на кровельную мембрану, ответа нет"],
           "price": ["Цена на арматуру выросла без предупреждения"],
           "other": ["Не вывезли повреждённый поддон"]},
    "fa": {"delivery": ["تحویل سفارش دو روز دیر شد", "کامیون خارج از زمان توافق‌شده رسید"],
           "service_quality": ["اقلام اشتباه در سفارش", "فاکتور با پیش‌فاکتور یکی نبود"],
           "rude_staff": ["برخورد نامناسب انباردار با راننده"],
           "product_quality": ["کاشی‌های ترک‌خورده در محموله", "کیسه‌های سیمان مرطوب بودند"],
           "ignored_requests": ["دو بار درخواست پیش‌فاکتور دادیم و پاسخی نیامد"],
           "price": ["قیمت میلگرد بدون اطلاع قبلی بالا رفت"],
           "other": ["پالت آسیب‌دیده جمع‌آوری نشد"]},
}

NOTES = {
    "en": {"regular": ["Quarterly check-in, no issues", "Presented the new cordless tool line",
                       "Reviewed the spring order plan", "Invited to the waterproofing seminar",
                       "Sent the price list for next season", "Asked about upcoming projects",
                       "Discussed delivery windows for the new site"],
           "winback_call": ["Win-back call: asked what made them stop ordering",
                            "Win-back call: apologised, offered a meeting"],
           "winback_email": ["Sent a personal offer with an apology"],
           "winback_visit": ["Win-back visit: brought the offer and the apology gift"],
           "returned": ["First order after the break, thanked them personally"]},
    "ro": {"regular": ["Apel trimestrial, fără probleme", "Am prezentat gama nouă de scule",
                       "Am discutat planul de comenzi pentru primăvară", "Invitat la seminarul despre hidroizolații",
                       "Trimis lista de prețuri pentru sezonul următor"],
           "winback_call": ["Apel de recâștigare: am întrebat de ce au oprit comenzile"],
           "winback_email": ["Trimisă o ofertă personală împreună cu scuzele noastre"],
           "winback_visit": ["Vizită de recâștigare: oferta și cadoul de scuze"],
           "returned": ["Prima comandă după pauză, le-am mulțumit personal"]},
    "ru": {"regular": ["Плановый звонок, замечаний нет", "Показали новую линейку аккумуляторного инструмента",
                       "Обсудили план закупок на весну", "Пригласили на семинар по гидроизоляции",
                       "Отправили прайс на следующий сезон", "Узнали о новых объектах клиента"],
           "winback_call": ["Звонок по возврату: выясняли, почему перестали заказывать",
                            "Звонок по возврату: извинились, договорились о встрече"],
           "winback_email": ["Отправили персональное предложение с извинениями"],
           "winback_visit": ["Визит по возврату: привезли предложение и подарок"],
           "returned": ["Первый заказ после перерыва, лично поблагодарили"]},
    "fa": {"regular": ["تماس دوره‌ای، مشکلی نبود", "معرفی ابزارهای شارژی جدید", "بررسی برنامه سفارش بهار",
                       "دعوت به سمینار عایق‌کاری", "ارسال لیست قیمت فصل بعد"],
           "winback_call": ["تماس بازگشت: پرسیدیم چرا سفارش را متوقف کردند"],
           "winback_email": ["پیشنهاد ویژه همراه با عذرخواهی ارسال شد"],
           "winback_visit": ["بازدید بازگشت: پیشنهاد و هدیه عذرخواهی را بردیم"],
           "returned": ["اولین سفارش بعد از وقفه، شخصاً تشکر کردیم"]},
}

COMPETITORS = {"en": ["Midwest Lumber Direct", "BuildRight Supply", "ProDepot"],
               "ro": ["BricoMax Pro", "Arcada Materiale"],
               "ru": ["СтройДвор", "МегаСтрой Опт", "Петрович-Опт"],
               "fa": ["مصالح‌گستر", "آهن‌پارس"]}

# --------------------------------------------------------------------------
# Segments: how often they buy, how much, at what margin.
# --------------------------------------------------------------------------
SEGMENTS = {
    # cadence choices in days (weights), mean order, margin range
    "retail": dict(cadence=[(21, 2), (30, 4), (45, 3), (60, 2)], amount=480, margin=(0.24, 0.30)),
    "contractor": dict(cadence=[(30, 2), (45, 4), (60, 4), (90, 3)], amount=2300, margin=(0.16, 0.22)),
    "developer": dict(cadence=[(45, 2), (60, 3), (90, 3)], amount=9500, margin=(0.10, 0.15)),
    "industrial": dict(cadence=[(60, 2), (90, 3), (182, 2), (365, 1)], amount=4200, margin=(0.14, 0.20)),
}


def weighted(pairs):
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for value, w in pairs:
        x -= w
        if x < 0:
            return value
    return pairs[-1][0]


def days(n):
    return dt.timedelta(days=int(round(n)))


# --------------------------------------------------------------------------
# Planted scenarios. `case` is what the tests will look for; the rest is
# filled in by `make_customer`. Dates are the intended last purchase before
# leaving (`stop`), the churn record (`churn`) and the first purchase after
# coming back (`back`).
# --------------------------------------------------------------------------
PLANTED = [
    dict(case="high_value_lost", region="us", segment="developer", cadence=30, amount=15000, since=D(2014, 5, 12),
         name="Lakeshore Development Group", slug="lakeshore-dev", role="director", channel="visit", referrals=5,
         stop=D(2026, 6, 18), churn=D(2026, 8, 12), reasons="delivery", competitor="Midwest Lumber Direct",
         note="Two late deliveries to the Elm Street towers; moved the framing package to a supplier with next-day delivery.",
         complaints=[(D(2026, 4, 22), "delivery", True), (D(2026, 6, 9), "delivery", True)],
         winback=[(D(2026, 8, 19), "call", "winback_call"), (D(2026, 9, 3), "email", "winback_email")]),
    dict(case="price_only", region="ro", segment="contractor", cadence=30, amount=2600, since=D(2017, 3, 1),
         role="purchasing manager", channel="call", referrals=3,
         stop=D(2025, 11, 14), churn=D(2026, 1, 20), reasons="price", competitor="BricoMax Pro",
         note="Au primit de la concurent o ofertă cu 8 % sub prețul nostru la adezivi și plăci.",
         complaints=[], winback=[(D(2026, 2, 2), "call", "winback_call")]),
    dict(case="service_only", region="msk", segment="contractor", cadence=30, amount=3100, since=D(2018, 9, 10),
         role="chief engineer", channel="messenger", referrals=1,
         stop=D(2026, 3, 5), churn=D(2026, 5, 15), reasons="service_quality", competitor="",
         note="Трижды за квартал собирали заказ с ошибками; главный инженер перестал нам доверять.",
         complaints=[(D(2025, 12, 2), "service_quality", True), (D(2026, 2, 17), "service_quality", False)],
         winback=[(D(2026, 5, 25), "call", "winback_call")]),
    dict(case="price_and_service", region="us", segment="retail", cadence=21, amount=520, since=D(2019, 2, 1),
         role="owner", channel="call", referrals=0,
         stop=D(2025, 12, 8), churn=D(2026, 2, 3), reasons="price;service_quality", competitor="ProDepot",
         note="Owner said we are both dearer and sloppier than ProDepot; refused a meeting.",
         complaints=[(D(2025, 7, 14), "service_quality", False), (D(2025, 10, 2), "service_quality", False),
                     (D(2025, 11, 20), "price", False)],
         winback=[(D(2026, 2, 10), "call", "winback_call")]),
    dict(case="bankrupt", region="spb", segment="developer", cadence=45, amount=8200, since=D(2016, 4, 4),
         role="director", channel="visit", referrals=1,
         stop=D(2024, 2, 20), churn=D(2024, 6, 3), reasons="bankrupt", competitor="",
         note="Компания признана банкротом, долг 412 000 ₽ включён в реестр кредиторов.",
         complaints=[], winback=[]),
    dict(case="relocated", region="ir", segment="contractor", cadence=30, amount=1900, since=D(2018, 1, 20),
         role="owner", channel="call", referrals=2,
         stop=D(2025, 4, 10), churn=D(2025, 6, 1), reasons="relocated", competitor="",
         note="دفتر و کارگاه شرکت به مشهد منتقل شد؛ از تأمین‌کننده محلی خرید می‌کنند.",
         complaints=[], winback=[(D(2025, 6, 8), "call", "winback_call")]),
    dict(case="changed_business", region="msk", segment="industrial", cadence=60, amount=5200, since=D(2015, 11, 2),
         role="owner", channel="call", referrals=0,
         stop=D(2025, 1, 28), churn=D(2025, 5, 6), reasons="changed_business", competitor="",
         note="Закрыли металлообработку, теперь занимаются складской логистикой.",
         complaints=[], winback=[(D(2025, 5, 20), "call", "winback_call")]),
    dict(case="rude_staff", region="ro", segment="retail", cadence=21, amount=430, since=D(2019, 6, 15),
         role="owner", channel="visit", referrals=1,
         stop=D(2025, 8, 2), churn=D(2025, 9, 10), reasons="rude_staff", competitor="Arcada Materiale",
         note="Proprietarul a fost jignit la ghișeul depozitului și nu mai vrea să lucreze cu noi.",
         complaints=[(D(2025, 7, 28), "rude_staff", False)], winback=[]),
    dict(case="product_quality", region="us", segment="contractor", cadence=21, amount=2100, since=D(2018, 8, 20),
         role="chief engineer", channel="email", referrals=0,
         stop=D(2024, 9, 12), churn=D(2024, 11, 4), reasons="product_quality", competitor="BuildRight Supply",
         note="Cracked drywall twice in one month; their inspector rejected a wall.",
         complaints=[(D(2024, 8, 1), "product_quality", True), (D(2024, 9, 3), "product_quality", False)],
         winback=[(D(2024, 11, 15), "call", "winback_call")]),
    dict(case="ignored_requests", region="ir", segment="developer", cadence=45, amount=7800, since=D(2019, 3, 9),
         role="purchasing manager", channel="messenger", referrals=1,
         stop=D(2025, 10, 1), churn=D(2026, 1, 12), reasons="ignored_requests", competitor="مصالح‌گستر",
         note="سه درخواست پیش‌فاکتور بی‌پاسخ ماند؛ خرید پروژه جدید را به رقیب دادند.",
         complaints=[(D(2025, 8, 10), "ignored_requests", False), (D(2025, 9, 14), "ignored_requests", False)],
         winback=[]),
    dict(case="competitor_offer", region="msk", segment="developer", cadence=60, amount=11000, since=D(2017, 7, 7),
         role="purchasing manager", channel="email", referrals=2,
         stop=D(2025, 6, 30), churn=D(2025, 9, 22), reasons="competitor_offer", competitor="МегаСтрой Опт",
         note="Конкурент предложил отсрочку 90 дней и своего технолога на объекте.",
         complaints=[], winback=[(D(2025, 10, 1), "call", "winback_call"), (D(2025, 10, 20), "visit", "winback_visit")]),
    dict(case="other", region="us", segment="industrial", cadence=90, amount=6100, since=D(2016, 10, 3),
         role="accountant", channel="email", referrals=0,
         stop=D(2024, 12, 5), churn=D(2025, 6, 18), reasons="other", competitor="",
         note="Parent company moved purchasing to its head office in Texas; no complaint on record.",
         complaints=[], winback=[]),
    dict(case="delivery_lost", region="ir", segment="contractor", cadence=21, amount=1700, since=D(2020, 2, 1),
         role="purchasing manager", channel="call", referrals=0,
         stop=D(2023, 7, 3), churn=D(2023, 9, 5), reasons="delivery;competitor_offer", competitor="آهن‌پارس",
         note="تحویل‌ها مرتب دیر می‌رسید و رقیب تحویل رایگان در همان روز را پیشنهاد داد.",
         complaints=[(D(2023, 5, 2), "delivery", True), (D(2023, 6, 20), "delivery", False)], winback=[]),
    dict(case="negative_margin", region="spb", segment="retail", cadence=21, amount=300, since=D(2021, 4, 1),
         role="owner", channel="messenger", referrals=0, margin=(-0.04, 0.03),
         stop=D(2025, 3, 14), churn=D(2025, 5, 2), reasons="price", competitor="Петрович-Опт",
         note="Покупали только по акциям ниже закупочной цены; ушли, когда акции закончились.",
         complaints=[], winback=[]),
    # Won back: left, recorded, and bought again.
    dict(case="won_back", region="ro", segment="contractor", cadence=30, amount=2400, since=D(2016, 2, 10),
         role="director", channel="visit", referrals=4,
         stop=D(2022, 12, 2), churn=D(2023, 2, 15), back=D(2023, 8, 22), reasons="price", competitor="BricoMax Pro",
         note="Au plecat pentru un preț mai mic la gips-carton.",
         complaints=[], winback=[(D(2023, 2, 22), "call", "winback_call"), (D(2023, 4, 12), "visit", "winback_visit")]),
    dict(case="won_back", region="msk", segment="industrial", cadence=45, amount=4800, since=D(2017, 5, 5),
         role="chief engineer", channel="visit", referrals=2,
         stop=D(2024, 1, 15), churn=D(2024, 5, 14), back=D(2024, 11, 6), reasons="competitor_offer",
         competitor="СтройДвор", note="Ушли к конкуренту за отсрочкой платежа.",
         complaints=[], winback=[(D(2024, 5, 21), "call", "winback_call"), (D(2024, 9, 10), "visit", "winback_visit")]),
    dict(case="won_back", region="us", segment="contractor", cadence=30, amount=2600, since=D(2018, 4, 2),
         role="purchasing manager", channel="call", referrals=3,
         stop=D(2024, 12, 10), churn=D(2025, 2, 4), back=D(2025, 6, 3), reasons="delivery",
         competitor="Midwest Lumber Direct", note="Lost two deliveries in the January freeze.",
         complaints=[(D(2024, 12, 3), "delivery", True)],
         winback=[(D(2025, 2, 6), "call", "winback_call"), (D(2025, 3, 18), "visit", "winback_visit")]),
    dict(case="won_back", region="ir", segment="retail", cadence=21, amount=520, since=D(2019, 9, 1),
         role="owner", channel="messenger", referrals=1,
         stop=D(2025, 7, 20), churn=D(2025, 9, 14), back=D(2026, 8, 4), reasons="service_quality", competitor="",
         note="دو بار سفارش ناقص تحویل شد و مدیر فروشگاه ناراضی بود.",
         complaints=[(D(2025, 6, 30), "service_quality", True), (D(2025, 7, 15), "service_quality", True)],
         winback=[(D(2025, 9, 20), "call", "winback_call"), (D(2026, 6, 28), "visit", "winback_visit")]),
    dict(case="won_back", region="spb", segment="contractor", cadence=30, amount=2100, since=D(2019, 10, 14),
         role="accountant", channel="email", referrals=0,
         stop=D(2021, 10, 8), churn=D(2022, 1, 20), back=D(2022, 9, 1), reasons="price", competitor="Петрович-Опт",
         note="Бухгалтер сравнила счета и ушла к более дешёвому поставщику.",
         complaints=[], winback=[(D(2022, 2, 1), "email", "winback_email"), (D(2022, 6, 15), "call", "winback_call")]),
    # Stopped without a churn record: lost by rhythm only.
    dict(case="lost_unrecorded", region="us", segment="retail", cadence=21, amount=390, stop=D(2025, 9, 30)),
    dict(case="lost_unrecorded", region="ro", segment="industrial", cadence=60, amount=3900, stop=D(2025, 11, 20)),
    dict(case="lost_unrecorded", region="msk", segment="contractor", cadence=30, amount=2300, stop=D(2026, 5, 2)),
    dict(case="lost_unrecorded", region="ir", segment="contractor", cadence=30, amount=1500, stop=D(2022, 5, 1)),
    dict(case="lost_unrecorded", region="spb", segment="retail", cadence=7, amount=180, stop=D(2023, 11, 5)),
    dict(case="lost_unrecorded", region="us", segment="contractor", cadence=45, amount=2700, stop=D(2026, 4, 10)),
    # Churned with a record, older history for the monthly churn chart.
    dict(case="churned", region="us", segment="contractor", cadence=30, amount=1600, stop=D(2021, 3, 3),
         churn=D(2021, 5, 10), reasons="price", competitor="BuildRight Supply",
         note="Switched to a cheaper lumber yard across town.", complaints=[], winback=[]),
    dict(case="churned", region="msk", segment="retail", cadence=14, amount=410, stop=D(2022, 2, 14),
         churn=D(2022, 4, 1), reasons="relocated", competitor="",
         note="Магазин переехал в Тверь.", complaints=[], winback=[]),
    dict(case="churned", region="ro", segment="developer", cadence=60, amount=8800, stop=D(2023, 3, 30),
         churn=D(2023, 7, 4), reasons="delivery;service_quality", competitor="Arcada Materiale",
         note="Întârzieri repetate pe șantierul din Cluj și facturi greșite.",
         complaints=[(D(2023, 1, 10), "delivery", True), (D(2023, 3, 2), "service_quality", False)], winback=[]),
    dict(case="churned", region="ir", segment="industrial", cadence=90, amount=3600, stop=D(2024, 3, 1),
         churn=D(2024, 7, 20), reasons="product_quality", competitor="",
         note="محموله پروفیل فلزی با ضخامت کمتر از سفارش رسید.",
         complaints=[(D(2024, 2, 14), "product_quality", False)], winback=[(D(2024, 7, 28), "call", "winback_call")]),
    dict(case="churned", region="us", segment="retail", cadence=21, amount=610, stop=D(2026, 5, 20),
         churn=D(2026, 7, 30), reasons="rude_staff;service_quality", competitor="ProDepot",
         note="Buyer was shouted at on the phone after a wrong delivery.",
         complaints=[(D(2026, 5, 12), "rude_staff", False)], winback=[]),
    dict(case="churned", region="spb", segment="industrial", cadence=60, amount=4400, stop=D(2022, 10, 3),
         churn=D(2023, 2, 8), reasons="bankrupt", competitor="",
         note="Завод остановлен, введено конкурсное производство.", complaints=[], winback=[]),
    # At risk: still buying but slightly overdue by their own rhythm.
    dict(case="at_risk", region="us", segment="developer", cadence=30, amount=8000, role="purchasing manager",
         referrals=2),
    dict(case="at_risk", region="ro", segment="contractor", cadence=30, amount=2200),
    dict(case="at_risk", region="msk", segment="contractor", cadence=30, amount=2600),
    dict(case="at_risk", region="ir", segment="developer", cadence=45, amount=9000),
    # Few purchases.
    dict(case="one_purchase", region="us", segment="retail", cadence=30, amount=740, since=D(2023, 3, 20),
         first=D(2023, 4, 11), count=1),
    dict(case="two_purchases", region="msk", segment="contractor", cadence=30, amount=1900, since=D(2026, 8, 28),
         first=D(2026, 9, 10), count=2, dates=[D(2026, 9, 10), D(2026, 10, 20)]),
    dict(case="no_orders", region="ir", segment="contractor", cadence=30, amount=1500, since=D(2026, 10, 6),
         count=0),
    # Customers with a complaint but still active (for the gift severity rule).
    dict(case="active_unresolved_complaint", region="ro", segment="developer", cadence=45, amount=8000,
         role="director", complaints=[(D(2026, 9, 18), "delivery", False)]),
    dict(case="active_two_complaints", region="spb", segment="contractor", cadence=30, amount=2000,
         role="purchasing manager",
         complaints=[(D(2026, 2, 5), "product_quality", True), (D(2026, 7, 1), "delivery", True)]),
    dict(case="active_small_complaint", region="us", segment="contractor", cadence=30, amount=2400,
         role="accountant", complaints=[(D(2026, 3, 3), "other", True)]),
]

SPECIAL_NAMES = {
    # A few names that exercise CSV quoting and HTML escaping.
    "price_and_service": ("Harper, Lee & Sons Hardware", "harper-lee"),
    "active_small_complaint": ('The "Fix-It" Crew Contractors', "fixit-crew"),
}


def order_amount(c, day):
    """One order: the customer's base amount with growth, season and noise."""
    years = (day - START).days / 365.25
    growth = (1 + c["growth"]) ** years
    season = 1 + 0.28 * math.cos(2 * math.pi * (day.month - 7) / 12)  # building season peaks in July
    noise = rng.lognormvariate(0, 0.35)
    return max(25.0, c["amount"] * growth * season * noise)


def buying_dates(c, first, last):
    """Purchase days from `first` to `last` at the customer's cadence, with jitter."""
    out = []
    day = first
    while day <= last:
        if day.weekday() == 6 and day < last:  # the branches are closed on Sundays
            day += days(rng.choice([-1, 1]))
        out.append(day)
        step = c["cadence"] * rng.lognormvariate(0, 0.22)
        if day.month in (12, 1, 2) and rng.random() < 0.3:  # winter lull on building sites
            step *= 1.6
        day = day + days(max(3, step))
    return out


def median_interval(dates):
    ds = sorted(set(dates))
    gaps = [(b - a).days for a, b in zip(ds, ds[1:])]
    return statistics.median(gaps) if gaps else None


def status_of(c):
    """The rhythm status as docs/metrics.md defines it (used here only to check the plan)."""
    ds = sorted(set(o[0] for o in c["orders"]))
    if not ds:
        return "no_orders", None, None
    m = median_interval(ds)
    since_last = (AS_OF - ds[-1]).days
    churned = [ch for ch in c.get("churn_rows", [])]
    if churned and not any(d > max(ch[0] for ch in churned) for d in ds):
        return "churned", m, since_last
    if len(ds) <= 2:
        return "few", m, since_last
    if since_last > LOST_FACTOR * m:
        return "lost", m, since_last
    if since_last > AT_RISK_FACTOR * m:
        return "at_risk", m, since_last
    return "active", m, since_last


def make_customer(spec, names):
    c = dict(spec)
    region = REGIONS[c["region"]]
    seg = SEGMENTS[c["segment"]]
    c["manager"] = region["manager"]
    c["lang"] = region["lang"]
    c.setdefault("cadence", weighted(seg["cadence"]))
    c.setdefault("amount", seg["amount"] * rng.lognormvariate(0, 0.35) * (2.5 if c["cadence"] >= 180 else 1))
    c.setdefault("margin", seg["margin"])
    c["growth"] = rng.uniform(-0.04, 0.14)
    if "name" not in c:
        special = SPECIAL_NAMES.get(c["case"])
        if special:
            c["name"], c["slug"] = special
        else:
            c["name"], c["slug"] = names.company(c["region"], c["segment"])
    c["contact_name"] = names.person(c["region"])
    c.setdefault("role", weighted([("purchasing manager", 5), ("director", 2), ("owner", 3 if c["segment"] == "retail" else 1),
                                   ("chief engineer", 2 if c["segment"] in ("developer", "industrial") else 1),
                                   ("accountant", 1)]))
    c.setdefault("channel", weighted([("call", 4), ("email", 3), ("visit", 2 if c["segment"] in ("developer", "industrial") else 1),
                                      ("messenger", 3 if c["region"] in ("ir", "msk", "spb") else 1)]))
    c.setdefault("referrals", weighted([(0, 10), (1, 5), (2, 3), (3, 1), (4, 1)]))
    c["city"] = rng.choice(region["cities"])
    if "since" not in c and ("stop" in c or c["case"] == "at_risk"):
        latest = min(D(2019, 12, 31), (c.get("stop") or AS_OF) - days(700))
        c["since"] = D(2012, 1, 1) + days(rng.uniform(0, (latest - D(2012, 1, 1)).days))
    elif "since" not in c:
        if rng.random() < 0.4:
            c["since"] = D(2012, 1, 1) + days(rng.uniform(0, (D(2019, 11, 30) - D(2012, 1, 1)).days))
        else:
            c["since"] = D(2020, 1, 1) + days(rng.uniform(0, (D(2025, 12, 31) - D(2020, 1, 1)).days))
    c.setdefault("complaints", [])
    c.setdefault("winback", [])
    return c


def plan_orders(c):
    """Fills c["orders"] with (date, amount, margin) following the customer's scenario."""
    case = c["case"]
    first = max(START + days(rng.uniform(0, c["cadence"])), c["since"] + days(rng.uniform(3, 40)))
    c["orders"] = []
    c["churn_rows"] = []
    if case == "no_orders":
        return
    if "dates" in c:
        dates = list(c["dates"])
    elif c.get("count") == 1:
        dates = [c["first"]]
    elif "stop" in c:
        dates = buying_dates(c, first, c["stop"])
        if dates[-1] != c["stop"]:
            dates.append(c["stop"])
        if "back" in c:
            dates += buying_dates(c, c["back"], AS_OF)
    else:
        dates = buying_dates(c, first, AS_OF)
    if "churn" in c:
        c["churn_rows"].append((c["churn"], c["reasons"], c.get("competitor", ""), c.get("note", "")))

    # Make the end of the history say what the scenario says.
    if case == "at_risk":
        for _ in range(6):
            m = median_interval(dates)
            target = AS_OF - days(1.16 * m)
            dates = [d for d in dates if d <= target]
            if (target - dates[-1]).days > 0.08 * m:
                dates.append(target)
    elif case not in ("one_purchase", "two_purchases") and "stop" not in c or "back" in c:
        for _ in range(6):
            m = median_interval(dates)
            if (AS_OF - dates[-1]).days <= 0.8 * m:
                break
            dates.append(AS_OF - days(rng.uniform(0.1, 0.6) * m))
    dates = sorted(set(dates))

    for day in dates:
        c["orders"].append(day)
        if rng.random() < 0.03 and len(dates) > 2:  # a second order the same day (forgotten items)
            c["orders"].append(day)
    lo, hi = c["margin"]
    rows = []
    for day in c["orders"]:
        amount = order_amount(c, day)
        margin = amount * rng.uniform(lo, hi)
        rows.append((day, round(amount, 2), round(margin, 2)))
    c["orders"] = rows


def contacts_for(c):
    """Regular contacts while the customer buys, then the win-back steps."""
    out = []
    notes = NOTES[c["lang"]]
    if c["orders"]:
        start = c["orders"][0][0]
        end = max(o[0] for o in c["orders"])
        if c["case"] not in ("lost_unrecorded",) and "stop" not in c:
            end = AS_OF
        day = start + days(rng.uniform(20, 90))
        while day <= min(end, AS_OF):
            channel = c["channel"] if rng.random() < 0.7 else rng.choice(CHANNELS)
            out.append((day, channel, rng.choice(notes["regular"])))
            day += days(rng.uniform(110, 250))
    else:
        out.append((c["since"] + days(4), "visit", notes["regular"][1]))
    for day, channel, kind in c["winback"]:
        out.append((day, channel, rng.choice(notes[kind])))
    if "back" in c:
        out.append((c["back"] + days(2), "call", notes["returned"][0]))
    return sorted((d, ch, n) for d, ch, n in out if d <= AS_OF)


def extra_complaints(c):
    """A few resolved complaints scattered over ordinary customers."""
    if c["case"] != "random" or not c["orders"] or rng.random() > 0.22:
        return []
    out = []
    for _ in range(weighted([(1, 4), (2, 1)])):
        o = rng.choice(c["orders"])
        topic = rng.choice(["delivery", "service_quality", "product_quality", "other"])
        out.append((o[0] + days(rng.uniform(1, 10)), topic, rng.random() < 0.85))
    return [x for x in out if x[0] <= AS_OF]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..", "content", "data"))
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args()

    names = Names()
    specs = list(PLANTED)
    per_region = {r: sum(1 for s in specs if s["region"] == r) for r in REGION_ORDER}
    for r in REGION_ORDER:
        for _ in range(REGIONS[r]["count"] - per_region[r]):
            seg = weighted([("contractor", 8), ("retail", 5), ("developer", 3), ("industrial", 4)])
            specs.append(dict(case="random", region=r, segment=seg))
    customers = [make_customer(s, names) for s in specs]
    for c in customers:
        plan_orders(c)
        c["complaints"] = c["complaints"] + extra_complaints(c)

    # Ids in the order the accounts were opened, as an ERP would number them.
    customers.sort(key=lambda c: (c["since"], c["name"]))
    for i, c in enumerate(customers, 1):
        c["id"] = f"C{i:03d}"

    # The check: every planted scenario ends up in the status it is meant to show.
    expect = {"high_value_lost": "churned", "price_only": "churned", "service_only": "churned",
              "price_and_service": "churned", "lost_unrecorded": "lost", "one_purchase": "few",
              "no_orders": "no_orders", "at_risk": "at_risk", "won_back": "active", "churned": "churned",
              "active_unresolved_complaint": "active", "active_two_complaints": "active",
              "active_small_complaint": "active", "two_purchases": "few"}
    problems = []
    for c in customers:
        st, m, since_last = status_of(c)
        c["status"] = st
        want = expect.get(c["case"], "churned" if "churn" in c else None)
        if want and st != want:
            problems.append(f"{c['id']} {c['case']}: status {st} (median {m}, {since_last} days since last)")
        for ch in c["churn_rows"]:
            before = [o[0] for o in c["orders"] if o[0] <= ch[0]]
            if not before or ch[0] <= max(before):
                problems.append(f"{c['id']}: churn date {ch[0]} not after the last purchase")
        if any(o[0] > AS_OF or o[0] < START for o in c["orders"]):
            problems.append(f"{c['id']}: order outside {START}..{AS_OF}")
    if problems:
        sys.exit("make-example-data: planted scenarios did not come out as planned:\n  " + "\n  ".join(problems))

    write(args.out, customers)
    if not args.quiet:
        report(customers)


def write(out, customers):
    os.makedirs(out, exist_ok=True)

    def table(name, header, rows):
        with open(os.path.join(out, name), "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(header)
            w.writerows(rows)

    table("managers.csv", ["name", "email", "phone", "region"], MANAGERS)

    rows = []
    for c in customers:
        email = "" if rng.random() < 0.06 else f"{rng.choice(['office', 'purchasing', 'info', 'orders'])}@{c['slug']}.example"
        rows.append([c["id"], c["name"], c["manager"], c["contact_name"], c["role"], c["channel"], c["segment"],
                     c["city"], c["since"].isoformat(), email, c["referrals"]])
    table("customers.csv", ["id", "name", "manager", "contact_name", "contact_role", "channel", "segment", "city",
                            "since", "email", "referrals"], rows)

    orders = sorted((day, c["id"], amount, margin) for c in customers for day, amount, margin in c["orders"])
    table("orders.csv", ["order_id", "customer_id", "date", "amount", "margin"],
          [[f"SO-{100000 + i}", cid, day.isoformat(), f"{amount:.2f}", f"{margin:.2f}"]
           for i, (day, cid, amount, margin) in enumerate(orders, 1)])

    churn = sorted((ch[0], c["id"], ch[1], ch[2], ch[3]) for c in customers for ch in c["churn_rows"])
    table("churn.csv", ["customer_id", "date", "reasons", "competitor", "note"],
          [[cid, day.isoformat(), reasons, comp, note] for day, cid, reasons, comp, note in churn])

    complaints = []
    for c in customers:
        topics = TOPICS[c["lang"]]
        for day, cat, resolved in c["complaints"]:
            complaints.append((day, c["id"], rng.choice(topics[cat]), "yes" if resolved else "no"))
    complaints.sort()
    table("complaints.csv", ["customer_id", "date", "topic", "resolved"],
          [[cid, day.isoformat(), topic, res] for day, cid, topic, res in complaints])

    contacts = sorted((day, c["id"], ch, c["manager"], note) for c in customers for day, ch, note in contacts_for(c))
    table("contacts.csv", ["customer_id", "date", "channel", "manager", "note"],
          [[cid, day.isoformat(), ch, mgr, note] for day, cid, ch, mgr, note in contacts])


def report(customers):
    by_case = {}
    for c in customers:
        by_case.setdefault(c["case"], []).append(c)
    print(f"customers {len(customers)}, orders {sum(len(c['orders']) for c in customers)}", file=sys.stderr)
    statuses = {}
    for c in customers:
        statuses[c["status"]] = statuses.get(c["status"], 0) + 1
    print("statuses " + ", ".join(f"{k} {v}" for k, v in sorted(statuses.items())), file=sys.stderr)
    for case in sorted(by_case):
        if case == "random":
            continue
        ids = ", ".join(f"{c['id']} ({c['region']}, {c['name']})" for c in by_case[case])
        print(f"{case}: {ids}", file=sys.stderr)
    natural = [c["id"] for c in by_case.get("random", []) if c["status"] != "active"]
    print(f"random customers not active by rhythm: {', '.join(natural) or 'none'}", file=sys.stderr)


if __name__ == "__main__":
    main()
