#!/usr/bin/env python3
"""The figures the data corpus entries expect, computed from the data files with Python's csv module alone,
independently of docgen. Run it from this folder; the `numbers` of each entry in prompts-dev.jsonl are its output.

    python3 expected_figures.py
"""
import csv
from collections import defaultdict
from decimal import Decimal, ROUND_HALF_UP


def rows(name, delimiter=","):
    with open("data/" + name, newline="", encoding="utf-8-sig") as f:
        return list(csv.DictReader(f, delimiter=delimiter))


def two(x):
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def mean(values):
    values = [Decimal(v) for v in values if v != ""]
    return two(sum(values) / len(values))


def show(label, value):
    print(f"  {label}: {value}")


print("tickets-nov-2026.csv")
t = rows("tickets-nov-2026.csv")
show("tickets", len(t))
show("open", sum(r["Status"] == "Open" for r in t))
show("S1", sum(r["Severity"] == "S1" for r in t))
show("mean resolution hours", mean(r["Resolution Hours"] for r in t))
per_team = defaultdict(int)
for r in t:
    per_team[r["Team"]] += 1
show("tickets per team", dict(per_team))
longest = max((r for r in t if r["Resolution Hours"]), key=lambda r: Decimal(r["Resolution Hours"]))
show("longest", (longest["Ticket ID"], longest["Resolution Hours"]))

print("survey-nov-2026.csv")
s = rows("survey-nov-2026.csv")
show("respondents", len(s))
show("mean satisfaction", mean(r["Satisfaction"] for r in s))
by_dep = defaultdict(list)
for r in s:
    by_dep[r["Department"]].append(r["Satisfaction"])
show("mean by department", {k: str(mean(v)) for k, v in by_dep.items()})
show("would recommend", sum(r["Would Recommend"] == "Yes" for r in s))

print("imports-nov-2026.csv")
i = rows("imports-nov-2026.csv")
show("total customs value", two(sum(Decimal(r["Customs Value EUR"]) for r in i)))
by_origin = defaultdict(Decimal)
for r in i:
    by_origin[r["Origin"]] += Decimal(r["Customs Value EUR"])
show("by origin", {k: str(two(v)) for k, v in by_origin.items()})

print("commission-nov-2026.csv")
c = rows("commission-nov-2026.csv")
show("total sales", two(sum(Decimal(r["Sales"]) for r in c)))
show("under 80% of target", [r["Rep"] for r in c if Decimal(r["Sales"]) / Decimal(r["Target"]) < Decimal("0.8")])

print("gala-budget-2027.csv")
g = rows("gala-budget-2027.csv")
total = sum(Decimal(r["Cost"]) for r in g)
show("total cost", two(total))
show("cost per guest (120)", two(total / 120))

print("befragung-nov-2026-de.csv")
b = rows("befragung-nov-2026-de.csv", ";")
show("Teilnehmer", len(b))
show("Zufriedenheit (Durchschnitt)", mean(r["Zufriedenheit"] for r in b))
by_abt = defaultdict(list)
for r in b:
    by_abt[r["Abteilung"]].append(r["Zufriedenheit"])
show("nach Abteilung", {k: str(mean(v)) for k, v in by_abt.items()})
show("Empfehlung ja", sum(r["Empfehlung"] == "ja" for r in b))

print("ventes-t3-2026-fr.csv")
v = rows("ventes-t3-2026-fr.csv", ";")
ca = lambda r: Decimal(r["Chiffre d'affaires"].replace(",", "."))
show("chiffre d'affaires total", two(sum(ca(r) for r in v)))
by_region = defaultdict(Decimal)
for r in v:
    by_region[r["Région"]] += ca(r)
show("par région", {k: str(two(x)) for k, x in by_region.items()})

print("revenue-by-year.csv")
y = rows("revenue-by-year.csv")
by_year = defaultdict(Decimal)
for r in y:
    by_year[r["Year"]] += Decimal(r["Revenue"])
show("by year", {k: str(two(x)) for k, x in by_year.items()})

print("commission-nov-2026.csv (derived)")
commission = {r["Rep"]: two(Decimal(r["Sales"]) * Decimal(r["Commission Rate"].rstrip("%")) / 100) for r in c}
show("commission per rep", {k: str(v) for k, v in commission.items()})
show("total commission", sum(commission.values()))
show("attainment", (sum(Decimal(r["Sales"]) for r in c) / sum(Decimal(r["Target"]) for r in c) * 100)
     .quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))

print("cashflow-h1-2027.csv (derived)")
money = lambda s: Decimal(s.replace("£", "").replace(",", ""))
balance = Decimal("25000")
closing = {}
for r in rows("cashflow-h1-2027.csv"):
    balance += money(r["Receipts"]) - money(r["Payments"])
    closing[r["Month"]] = balance
show("closing per month", {k: str(v) for k, v in closing.items()})
show("net over the period", sum(money(r["Receipts"]) - money(r["Payments"]) for r in rows("cashflow-h1-2027.csv")))
show("months below zero", [k for k, v in closing.items() if v < 0])

print("carriers-2027.csv (derived)")
show("annual cost", {r["Carrier"]: str(money(r["Monthly Fee"]) * 12) for r in rows("carriers-2027.csv")})

print("quote-furniture-2026.csv (lines)")
lines = []
for r in rows("quote-furniture-2026.csv"):
    unit = two(money(r["Unit Price"]) * (1 - Decimal(r["Discount"].rstrip("%")) / 100))
    lines.append(two(Decimal(r["Quantity"]) * unit))
subtotal = sum(lines)
show("lines", [str(x) for x in lines])
show("subtotal", subtotal)
show("VAT 20%", two(subtotal * Decimal("0.20")))
show("total", subtotal + two(subtotal * Decimal("0.20")))

print("gutschrift-kd-4471.csv (lines)")
euro = lambda s: Decimal(s.replace("€", "").strip().replace(",", "."))
g_lines = [two(Decimal(r["Menge"]) * euro(r["Einzelpreis"])) for r in rows("gutschrift-kd-4471.csv", ";")]
g_sub = sum(g_lines)
show("lines", [str(x) for x in g_lines])
show("Zwischensumme", g_sub)
show("MwSt. 7 %", two(g_sub * Decimal("0.07")))
show("Gutgeschriebener Betrag", g_sub + two(g_sub * Decimal("0.07")))

print("sales-jan-sep-2026.csv (Q3 only)")
q3 = [r for r in rows("sales-jan-sep-2026.csv") if "2026-07-01" <= r["Date"] <= "2026-09-30"]
show("rows in Q3", len(q3))
show("Q3 revenue", two(sum(Decimal(r["Revenue"]) for r in q3)))
q3_region = defaultdict(Decimal)
for r in q3:
    q3_region[r["Region"]] += Decimal(r["Revenue"])
show("Q3 by region", {k: str(two(v)) for k, v in q3_region.items()})
show("all nine months", two(sum(Decimal(r["Revenue"]) for r in rows("sales-jan-sep-2026.csv"))))

print("grant-budget-3yr.csv (derived)")
gb = rows("grant-budget-3yr.csv")
per_line = {r["Budget line"]: sum(money(r[y]) for y in ("Year 1", "Year 2", "Year 3")) for r in gb}
show("per line", {k: str(v) for k, v in per_line.items()})
show("all years", sum(per_line.values()))
show("year 1 only (what the blind review's document asked for)", sum(money(r["Year 1"]) for r in gb))

import json

print("gastos-nov-2026-es.json")
gx = json.load(open("data/gastos-nov-2026-es.json", encoding="utf-8"))["gastos"]
show("total", two(sum(Decimal(str(g["importe"])) for g in gx)))
by_cat = defaultdict(Decimal)
for g in gx:
    by_cat[g["categoria"]] += Decimal(str(g["importe"]))
show("por categoría", {k: str(two(v)) for k, v in by_cat.items()})

print("uren-nov-2026-nl.tsv")
u = rows("uren-nov-2026-nl.tsv", "\t")
hours = lambda r: Decimal(r["Uren"].replace(",", "."))
show("uren", two(sum(hours(r) for r in u)))
per_m = defaultdict(Decimal)
for r in u:
    per_m[r["Medewerker"]] += hours(r)
show("per medewerker", {k: str(two(v)) for k, v in per_m.items()})

print("stock-warehouse-b.txt")
sb = rows("stock-warehouse-b.txt", "|")
below = [(r["SKU"], int(r["Reorder Level"]) - int(r["On Hand"]), two(Decimal(r["Unit Cost"]) * (int(r["Reorder Level"]) - int(r["On Hand"]))))
         for r in sb if int(r["On Hand"]) < int(r["Reorder Level"])]
show("below reorder (sku, shortfall, cost)", below)
show("reorder cost", sum(b[2] for b in below))

print("helpdesk-export-2026-11.json")
hd = json.load(open("data/helpdesk-export-2026-11.json"))["tickets"]
by_status = defaultdict(int)
for t in hd:
    by_status[t["status"]] += 1
show("per status", dict(by_status))
show("urgent", sum(t["priority"] == "urgent" for t in hd))

print("campaign-oct-2026.csv")
cp = rows("campaign-oct-2026.csv")
show("visits", sum(int(r["Visits"]) for r in cp))
show("mean conversion rate %", (sum(Decimal(r["Conversion Rate"].rstrip("%")) for r in cp) / len(cp)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))
by_ch = defaultdict(int)
for r in cp:
    by_ch[r["Channel"]] += int(r["Visits"])
show("visits by channel", dict(by_ch))

print("nps-q4-2026.csv")
nps = rows("nps-q4-2026.csv")
show("mean score", mean(r["NPS Score"] for r in nps))
by_plan = defaultdict(list)
for r in nps:
    by_plan[r["Plan"]].append(r["NPS Score"])
show("mean by plan", {k: str(mean(v)) for k, v in by_plan.items()})


def vat_by_rate(lines):
    """Each line's amount after its discount, VAT per rate on that rate's lines, and the grand total."""
    by_rate = defaultdict(Decimal)
    for qty, price, rate, off in lines:
        unit = two(Decimal(price) * (1 - Decimal(off) / 100)) if off else Decimal(price)
        by_rate[Decimal(rate)] += two(unit * Decimal(qty))
    subtotal = sum(by_rate.values())
    vat = {str(r): two(base * r / 100) for r, base in by_rate.items()}
    return {str(r): str(b) for r, b in by_rate.items()}, vat, subtotal, subtotal + sum(vat.values())


print("invoice-2207-mixed-vat.json")
inv = json.load(open("data/invoice-2207-mixed-vat.json"))["lines"]
bases, vat, subtotal, total = vat_by_rate((l["quantity"], str(l["unit_price"]), l["vat_rate"], l.get("discount_pct", 0)) for l in inv)
show("base by rate", bases)
show("VAT by rate", vat)
show("subtotal", subtotal)
show("total", total)

print("rechnung-re-2026-311.csv")
re311 = rows("rechnung-re-2026-311.csv", ";")
bases, vat, subtotal, total = vat_by_rate((r["Qty"], r["Unit price"].replace(",", "."), r["VAT %"], r["Discount %"]) for r in re311)
show("base by rate", bases)
show("VAT by rate", vat)
show("subtotal", subtotal)
show("total", total)

print("rechnung-2025-0417.csv")
r417 = rows("rechnung-2025-0417.csv", ";")
bases, vat, subtotal, total = vat_by_rate((r["Menge"].replace(",", "."), r["Einzelpreis"].replace(",", "."), r["MwSt-Satz"].rstrip("%"), 0) for r in r417)
show("base by rate", bases)
show("VAT by rate", vat)
show("subtotal", subtotal)
show("total", total)

print("devis-studio-pixel.csv")
dv = rows("devis-studio-pixel.csv", ";")
lines = [(r["Quantité"], r["Prix unitaire HT"].replace(" ", "").replace(",", "."), 20, r["Remise %"]) for r in dv]
bases, vat, subtotal, total = vat_by_rate(lines)
show("total HT", subtotal)
show("TVA 20 %", vat)
show("total TTC", total)

print("po-2025-0193.json")
po = json.load(open("data/po-2025-0193.json"))
net = sum(two(Decimal(str(l["unit_price"])) * l["qty"]) for l in po["lines"]) + Decimal(str(po["shipping"]))
show("net with shipping", net)
show("VAT", two(net * Decimal(str(po["vat_rate"]))))
show("total", net + two(net * Decimal(str(po["vat_rate"]))))

print("cashflow-q3-2025-nested.json")
cf = json.load(open("data/cashflow-q3-2025-nested.json"))
balance = Decimal(str(cf["opening_balance"]))
for m in cf["months"]:
    net = sum(Decimal(str(i["amount"])) for i in m["inflows"]) - sum(Decimal(str(o["amount"])) for o in m["outflows"])
    balance += net
    show(m["month"] + " net, closing", (net, balance))

print("reorder-stationery-2025.tsv")
ro = rows("reorder-stationery-2025.tsv", "\t")
due = [(r["SKU"], int(r["Reorder qty"]), two(Decimal(r["Unit cost"]) * int(r["Reorder qty"]))) for r in ro
       if int(r["On hand"]) <= int(r["Reorder point"])]
show("to order (sku, qty, cost)", due)
show("order value", sum(d[2] for d in due))

print("sales-h1-2024-quoted.csv")
sh = rows("sales-h1-2024-quoted.csv")
by_month = defaultdict(Decimal)
by_rep = defaultdict(Decimal)
for r in sh:
    v = Decimal(r["Revenue"].replace(",", ""))
    by_month[r["Order Date"][:7]] += v
    by_rep[r["Sales Rep"]] += v
show("best month", max(by_month.items(), key=lambda kv: kv[1]))
show("top rep", max(by_rep.items(), key=lambda kv: kv[1]))

print("timesheet-week-2025-06-02.csv")
ts = rows("timesheet-week-2025-06-02.csv")
per = defaultdict(lambda: [Decimal(0), Decimal(0)])
for r in ts:
    per[r["employee"]][0] += Decimal(r["hours"])
    per[r["employee"]][1] += Decimal(r["hours"]) if r["billable"] == "yes" else 0
show("hours, billable, billable % per person",
     {k: (str(v[0]), str(v[1]), str((v[1] / v[0] * 100).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))) for k, v in per.items()})

print("medewerkersonderzoek-2025.csv")
mo = rows("medewerkersonderzoek-2025.csv", ";")
for q in ["Werkdruk", "Leidinggevende", "Samenwerking", "Ontwikkeling", "Aanbevelen (0-10)"]:
    show("mean " + q, mean(r[q] for r in mo))
    by = defaultdict(list)
    for r in mo:
        by[r["Afdeling"]].append(r[q])
    show("  by afdeling", {k: str(mean(v)) for k, v in by.items()})

print("expenses-bristol-2025-05.csv")
eb = rows("expenses-bristol-2025-05.csv")
show("total", sum(Decimal(r["Amount"]) for r in eb))
show("without receipt", [(r["Description"], r["Amount"]) for r in eb if r["Receipt"] != "Y"])

print("projektbudget-2024-2026.json")
pb = json.load(open("data/projektbudget-2024-2026.json"))
for k in pb["kostenarten"]:
    show(k["kostenart"], sum(k["jahre"].values()))
show("total all years", sum(sum(k["jahre"].values()) for k in pb["kostenarten"]))
show("share of the approved budget %", (Decimal(sum(sum(k["jahre"].values()) for k in pb["kostenarten"])) / pb["genehmigtes_budget"] * 100).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))
