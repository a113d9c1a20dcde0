#!/usr/bin/env python3
"""Writes a synthetic handbook project of N customers, for benchmarks.

The layout is the one `boomerang build` reads: DIR/content/handbook.yml,
DIR/content/data/*.csv and DIR/content/playbooks/ (a copy of the example's
playbooks, so churn reasons resolve), plus DIR/templates/ (a copy of the
repository's templates) unless --no-templates is given.

The data is seeded (same N and seed, same bytes) and shaped like the
example: about 20 orders per customer on average, cadences from weekly to
yearly, about 28 % churners who stop buying (a real drop-out process, so the
BG/NBD fit has something to find) and leave a churn record with one or two
reasons, complaints, contacts, managers, and names in Latin, Cyrillic and
Persian script.

Usage: python3 scripts/generate-synthetic.py N DIR [--seed 7] [--no-templates]
Python 3 standard library only; 100,000 customers (2 M orders) take ~15 s.
"""

import argparse
import datetime as dt
import math
import os
import random
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)

AS_OF = dt.date(2025, 12, 31)
START = dt.date(2018, 1, 1)
SPAN = (AS_OF - START).days

REASONS = ["price", "service_quality", "delivery", "product_quality", "competitor_offer", "rude_staff",
           "ignored_requests", "relocated", "changed_business", "bankrupt", "other"]
REASON_WEIGHTS = [30, 14, 10, 8, 12, 4, 6, 4, 5, 3, 4]
# Cadence in days and how often it occurs: most customers buy weekly to monthly.
CADENCES = [7, 14, 30, 61, 91, 182, 365]
CADENCE_WEIGHTS = [22, 22, 26, 12, 9, 6, 3]
CHANNELS = ["call", "email", "visit", "messenger"]
SEGMENTS = ["retail", "developer", "contractor", "wholesale", "industrial"]
ROLES = ["purchasing manager", "director", "owner", "chief engineer", "accountant"]

LATIN_A = ["Lakeside", "Prairie", "Ironwood", "Summit", "Riverbend", "Northgate", "Cedar", "Granite", "Heartland",
           "Maple", "Keystone", "Harbor", "Pioneer", "Eagle", "Hickory", "Midway", "Bluestem", "Union", "Carpați",
           "Dunărea", "Brașov", "Mureș", "Olt", "Someș"]
LATIN_B = ["Builders", "Supply", "Construct", "Home Center", "Roofing", "Timber", "Works", "Depot", "Materials",
           "Instal", "Renovări", "Proiect"]
LATIN_SUFFIX = ["Inc.", "LLC", "Co.", "S.R.L.", "S.A.", "Ltd."]
CYR_A = ["Новый", "Северный", "Гранит", "Кедр", "Волга", "Урал", "Балтика", "Стройка", "Кровля", "Вектор", "Опора",
         "Монолит", "Фасад", "Ладога", "Сибирь"]
CYR_B = ["Квартал", "Дом", "Строй", "Ресурс", "Мастер", "Снаб", "Инвест", "Проект", "Сервис", "Групп"]
FA_A = ["ساختمانی", "مصالح", "بازرگانی", "صنایع", "تولیدی", "پیمانکاری"]
FA_B = ["البرز", "پارس", "سپهر", "آریا", "کوثر", "دماوند", "زاگرس", "مهر", "نوین", "آسمان", "کیان", "ایران"]
FIRST_LATIN = ["Megan", "Andrew", "Ioana", "Mihai", "Laura", "David", "Elena", "Radu", "Sarah", "James"]
LAST_LATIN = ["Anderson", "Collins", "Popescu", "Ionescu", "Miller", "Dumitru", "Walker", "Stan", "Baker", "Moore"]
FIRST_CYR = ["Елена", "Павел", "Ирина", "Сергей", "Ольга", "Дмитрий", "Анна", "Алексей"]
LAST_CYR = ["Козлова", "Смирнов", "Волкова", "Иванов", "Петрова", "Соколов", "Морозова", "Попов"]
FIRST_FA = ["مریم", "علی", "زهرا", "رضا", "فاطمه", "حسین", "سارا", "محمد"]
LAST_FA = ["احمدی", "محمدی", "حسینی", "رضایی", "کریمی", "موسوی", "جعفری", "نوری"]
CITIES = {"latin": ["Chicago", "Milwaukee", "București", "Cluj-Napoca", "Naperville", "Brașov"],
          "cyr": ["Москва", "Санкт-Петербург", "Подольск", "Химки", "Колпино"],
          "fa": ["تهران", "کرج", "قم", "اسلام‌شهر", "شهریار"]}
TOPICS = {"latin": ["Late delivery", "Damaged pallets", "Wrong invoice", "Paleți nereturnați"],
          "cyr": ["Опоздала доставка", "Повреждённая упаковка", "Ошибка в счёте"],
          "fa": ["کیسه‌های سیمان مرطوب بودند", "تاخیر در ارسال", "اشتباه در فاکتور"]}
NOTES = {"latin": ["Sent the price list for next season", "Asked about the spring order", "Visited the yard"],
         "cyr": ["Отправил прайс на сезон", "Обсудили весенний заказ", "Встреча на объекте"],
         "fa": ["ارسال لیست قیمت فصل بعد", "پیگیری سفارش بهار", "بازدید از انبار"]}
COMPETITORS = ["BuildRight Supply", "Петрович-Опт", "Dedeman Pro", "مصالح گستر", ""]


def q(s):
    """RFC 4180 quoting, only where needed."""
    if any(c in s for c in ',"\n\r'):
        return '"' + s.replace('"', '""') + '"'
    return s


def person(rng, script):
    if script == "latin":
        return rng.choice(FIRST_LATIN) + " " + rng.choice(LAST_LATIN)
    if script == "cyr":
        return rng.choice(FIRST_CYR) + " " + rng.choice(LAST_CYR)
    return rng.choice(FIRST_FA) + " " + rng.choice(LAST_FA)


def company(rng, script, i):
    # The number keeps names distinct enough to read, like a real customer base.
    if script == "latin":
        return f"{rng.choice(LATIN_A)} {rng.choice(LATIN_B)} {i} {rng.choice(LATIN_SUFFIX)}"
    if script == "cyr":
        return f"ООО «{rng.choice(CYR_A)} {rng.choice(CYR_B)} {i}»"
    return f"شرکت {rng.choice(FA_A)} {rng.choice(FA_B)} {i}"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("n", type=int, help="number of customers")
    ap.add_argument("dir", help="project folder to write (content/ and templates/ inside)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--no-templates", action="store_true", help="do not copy templates/")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    n = args.n
    content = os.path.join(args.dir, "content")
    data = os.path.join(content, "data")
    os.makedirs(data, exist_ok=True)

    # ISO text of every day in the window, computed once (strftime per order would dominate).
    days = [(START + dt.timedelta(days=d)).isoformat() for d in range(SPAN + 1)]

    scripts = ["latin"] * 5 + ["cyr"] * 3 + ["fa"] * 2
    n_managers = max(5, n // 400)
    managers = []
    for m in range(n_managers):
        s = scripts[m % len(scripts)]
        managers.append((f"{person(rng, s)} {m + 1}", s))

    with open(os.path.join(data, "managers.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("name,email,phone,region\n")
        for m, (name, s) in enumerate(managers):
            f.write(f"{q(name)},manager{m + 1}@synthetic.example,+1 555 {m:04d},{q(CITIES[s][0])}\n")

    cust = open(os.path.join(data, "customers.csv"), "w", encoding="utf-8", newline="")
    orders = open(os.path.join(data, "orders.csv"), "w", encoding="utf-8", newline="")
    churn = open(os.path.join(data, "churn.csv"), "w", encoding="utf-8", newline="")
    compl = open(os.path.join(data, "complaints.csv"), "w", encoding="utf-8", newline="")
    contacts = open(os.path.join(data, "contacts.csv"), "w", encoding="utf-8", newline="")
    cust.write("id,name,manager,contact_name,contact_role,channel,segment,city,since,email,referrals\n")
    orders.write("order_id,customer_id,date,amount,margin\n")
    churn.write("customer_id,date,reasons,competitor,note\n")
    compl.write("customer_id,date,topic,resolved\n")
    contacts.write("customer_id,date,channel,manager,note\n")

    order_no = 0
    total_orders = 0
    churners = 0
    ob = []   # order lines, flushed in blocks
    for i in range(1, n + 1):
        cid = f"S{i:06d}"
        s = scripts[rng.randrange(10)]
        mname, _ = managers[rng.randrange(n_managers)]
        cadence = rng.choices(CADENCES, CADENCE_WEIGHTS)[0]
        # Orders the customer would place if it never left: ~25 planned so that ~20 remain after churn and the window.
        planned = max(1, int(rng.expovariate(1 / 24.0)) + 1)
        span = min(SPAN - 1, int(planned * cadence * 1.05))
        first = rng.randrange(0, SPAN - span) if SPAN - span > 0 else 0
        # Drop-out: a churner stops after a random share of its purchases, well before as_of.
        is_churner = rng.random() < 0.28
        if is_churner:
            planned = max(1, int(planned * rng.uniform(0.2, 0.8)))
        base = math.exp(rng.gauss(6.5, 0.9))
        day = first
        n_orders = 0
        for _ in range(planned):
            if day > SPAN:
                break
            amount = base * rng.uniform(0.6, 1.5)
            order_no += 1
            ob.append(f"SO-{order_no:08d},{cid},{days[day]},{amount:.2f},{amount * rng.uniform(0.08, 0.3):.2f}\n")
            n_orders += 1
            # Gamma-ish jitter around the cadence keeps the rhythm recognisable.
            day += max(1, int(cadence * rng.uniform(0.6, 1.4)))
        last = day - cadence if n_orders else first
        if len(ob) > 20000:
            orders.write("".join(ob))
            ob.clear()
        total_orders += n_orders
        since = days[max(0, first - rng.randrange(0, 400))]
        cust.write(",".join((cid, q(company(rng, s, i)), q(mname), q(person(rng, s)), rng.choice(ROLES),
                             rng.choice(CHANNELS), rng.choice(SEGMENTS), q(rng.choice(CITIES[s])), since,
                             f"office{i}@customer.example" if rng.random() < 0.8 else "",
                             str(rng.randrange(0, 3)))) + "\n")
        if is_churner:
            churners += 1
            when = min(SPAN, last + cadence + rng.randrange(0, cadence + 1))
            k = 1 if rng.random() < 0.7 else 2
            reasons = ";".join(sorted(set(rng.choices(REASONS, REASON_WEIGHTS, k=k))))
            note = rng.choice(NOTES[s])
            churn.write(f"{cid},{days[when]},{reasons},{q(rng.choice(COMPETITORS))},{q(note)}\n")
        if rng.random() < 0.3:
            when = min(SPAN, first + rng.randrange(0, max(1, last - first + 1)))
            compl.write(f"{cid},{days[when]},{q(rng.choice(TOPICS[s]))},{'yes' if rng.random() < 0.7 else 'no'}\n")
        for _ in range(rng.randrange(0, 3)):
            when = min(SPAN, first + rng.randrange(0, max(1, SPAN - first)))
            contacts.write(f"{cid},{days[when]},{rng.choice(CHANNELS)},{q(mname)},{q(rng.choice(NOTES[s]))}\n")
    orders.write("".join(ob))
    for f in (cust, orders, churn, compl, contacts):
        f.close()

    with open(os.path.join(content, "handbook.yml"), "w", encoding="utf-8") as f:
        f.write(f'title: "Synthetic handbook: {n} customers"\n'
                f"locale: en_US\ncurrency: USD\nas_of: {AS_OF.isoformat()}\n")
    playbooks = os.path.join(content, "playbooks")
    shutil.rmtree(playbooks, ignore_errors=True)
    shutil.copytree(os.path.join(REPO, "content", "playbooks"), playbooks)
    if not args.no_templates:
        templates = os.path.join(args.dir, "templates")
        shutil.rmtree(templates, ignore_errors=True)
        shutil.copytree(os.path.join(REPO, "templates"), templates)
    print(f"{n} customers, {total_orders} orders, {churners} churners, {n_managers} managers -> {args.dir}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
