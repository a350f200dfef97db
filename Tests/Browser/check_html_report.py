"""Checks planlint's HTML report in a real browser (headless Chromium through Selenium and
Debian's chromedriver) against the JSON report and the inventory of the same plans.

usage: check_html_report.py REPORT.html LINT.json INVENTORY.json SCREENSHOT.png WINDOW_FROM WINDOW_TO

Run by Tests/PlanLintTests/HTMLReportTests.swift. Prints each failed check and exits 1.
"""
import json
import os
import struct
import sys
import zlib

import html5lib
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

report, lint_json, inventory_json, screenshot = sys.argv[1:5]
window = range(int(sys.argv[5]), int(sys.argv[6]) + 1)
problems = []


def check(ok, what):
    if not ok:
        problems.append(what)


# 1. The markup is well-formed HTML5: html5lib's strict parser raises on any parse error.
with open(report, "rb") as f:
    try:
        html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(f.read())
    except Exception as e:  # html5lib.html5parser.ParseError
        problems.append(f"html5lib: {e}")

lint = json.load(open(lint_json, encoding="utf-8"))
inventory = json.load(open(inventory_json, encoding="utf-8"))

options = webdriver.ChromeOptions()
for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,2000"):
    options.add_argument(arg)
options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
driver = webdriver.Chrome(service=Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")), options=options)
try:
    driver.get("file://" + os.path.abspath(report))

    # 2. The table per prefecture: one row per file, each verdict as the JSON says.
    files = [f["path"] for f in lint["files"]]
    failing = {d["file"] for d in lint["diagnostics"]
               if d["severity"] == "error" and not d.get("waived") and not d.get("baselined")}
    rows = driver.find_elements(By.CSS_SELECTOR, "table.prefectures > tbody > tr")
    check(len(rows) == len(files), f"{len(rows)} rows in the prefecture table, {len(files)} files in the JSON")
    for row, path in zip(rows, files):
        link = row.find_element(By.CSS_SELECTOR, "td a").text
        verdict = row.find_element(By.CSS_SELECTOR, "td.verdict span").get_attribute("class")
        check(link == path, f"row for {path} names {link}")
        expected = "fail" if path in failing else "pass"
        check(verdict == expected, f"{path}: verdict {verdict}, JSON says {expected}")
    check(bool(rows) and len(rows[0].find_elements(By.CSS_SELECTOR, "th[scope=row]")) == 1, "rows have a row header")

    # 3. One timeline per plan, with every year of the window on its axis and a title.
    plans = driver.find_elements(By.CSS_SELECTOR, "article.plan")
    check(len(plans) == len(files), f"{len(plans)} plan sections for {len(files)} files")
    for plan in plans:
        name = plan.find_element(By.CSS_SELECTOR, "h2").text
        charts = plan.find_elements(By.CSS_SELECTOR, "svg.timeline")
        check(len(charts) == 1, f"{name}: {len(charts)} timelines")
        if charts:
            years = {t.text.strip() for t in charts[0].find_elements(By.CSS_SELECTOR, "text.axis")}
            check(all(str(y) in years for y in window), f"{name}: axis {sorted(years)} lacks a window year")
            check(len(charts[0].find_elements(By.TAG_NAME, "title")) == 1, f"{name}: timeline without a title")
            check(len(plan.find_elements(By.CSS_SELECTOR, "ul.periods li")) >= 2, f"{name}: no text list of periods")

    # 4. The KPI tables hold the inventory's rows, in order.
    def number(text):
        return float(text) if text.strip() else None

    shown = []
    for plan in plans:
        path = plan.find_element(By.CSS_SELECTOR, "h2 code").text
        for tr in plan.find_elements(By.CSS_SELECTOR, "table.inventory > tbody > tr"):
            cells = tr.find_elements(By.TAG_NAME, "td")
            shown.append((path, tr.get_attribute("data-kpi"), cells[1].text or None, number(cells[2].text)))
    expected = [(r["file"], r["kpi_id"], r["metric"], None if r["value"] is None else float(r["value"])) for r in inventory]
    check(shown == expected, f"inventory: {len(shown)} rows in the HTML, {len(expected)} in the JSON; first difference: "
          + str(next(((a, b) for a, b in zip(shown, expected) if a != b), None)))

    # 5. Every diagnostic link goes to a rule explanation in the same file.
    for a in driver.find_elements(By.CSS_SELECTOR, "ol.diagnostics a"):
        target = a.get_attribute("href").split("#", 1)[1]
        check(len(driver.find_elements(By.ID, target)) == 1, f"link to #{target} has no target")

    # 6. No console errors.
    severe = [e for e in driver.get_log("browser") if e.get("level") == "SEVERE"]
    check(not severe, f"console errors: {severe[:3]}")

    png = driver.get_screenshot_as_png()
finally:
    driver.quit()
with open(screenshot, "wb") as f:
    f.write(png)


# 7. The screenshot is not blank: decode the PNG (zlib, no imaging library) and measure
# the variance of its grey levels.
def grey_levels(data):
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and colour in (2, 6), (depth, colour)
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * channels
    previous = bytearray(stride)
    out = []
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):
            a = line[i - channels] if i >= channels else 0
            b = previous[i]
            c = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + a) & 255
            elif kind == 2:
                line[i] = (line[i] + b) & 255
            elif kind == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        if y % 4 == 0:
            out += [sum(line[x:x + 3]) // 3 for x in range(0, stride, channels * 4)]
        previous = line
    return out


levels = grey_levels(png)
mean = sum(levels) / len(levels)
variance = sum((v - mean) ** 2 for v in levels) / len(levels)
check(variance > 50 and len(set(levels)) > 8, f"screenshot looks blank: variance {variance:.1f}, {len(set(levels))} grey levels")

for p in problems:
    print(p)
print(f"checked {len(files)} files, {len(shown)} inventory rows, screenshot variance {variance:.0f}")
sys.exit(1 if problems else 0)
