#!/usr/bin/env python3
"""Browser test of the DPO's workbench (Selenium, Debian's Chromium and chromedriver).

Processes the bundled deliberations example, starts `occulter review` on it, and in the page:
decides one pending item, overturns one automatic decision, adds one span the tool missed,
presses « Relancer ». Then checks the decisions file, the new output and the report, checks
that report.html prints to clean A4 pages (no table wider than the page, no blank page), and
saves screenshots of the page and of the printed sign-off.

Usage: .ci/workbench-browser.py OCCULTER_BIN SCREENSHOT_DIR
"""
import base64
import csv
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.abspath(sys.argv[1])
SHOTS = os.path.abspath(sys.argv[2])
REVIEWER = "A. Martin, DPO"
failures = []


def check(condition, message):
    print(("ok      " if condition else "ÉCHEC   ") + message, flush=True)
    if not condition:
        failures.append(message)


def apply(work, decisions=None):
    command = [BIN, "apply", os.path.join(ROOT, "Tests/workbench/fixtures/deliberations-atelier.csv"), "--pack", "deliberations",
               "--config", os.path.join(ROOT, "Examples/deliberations.config.yaml"),
               "--output", os.path.join(work, "deliberations.csv"), "--report", os.path.join(work, "rapport")]
    if decisions:
        command += ["--decisions", decisions]
    run = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    if run.returncode not in (0, 3):
        sys.exit("apply a échoué : " + run.stderr)


def rows(path):
    with open(path, encoding="utf-8", newline="") as handle:
        return {row["DELIB_ID"]: row for row in csv.DictReader(handle, delimiter=";")}


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1600", "--lang=fr-FR"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)


def printed(html, pdf, name):
    """Prints a report as Chromium does (print media, A4) and checks it; returns its page count."""
    driver = browser()
    try:
        driver.get("file://" + html)
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
        # A4 less 2 × 12 mm margins is 186 mm, 703 CSS pixels.
        driver.set_window_size(703 + 16, 1200)
        too_wide = driver.execute_script("""
            const width = document.documentElement.clientWidth;
            return [...document.querySelectorAll('table, pre, svg, dl')].filter(e => e.getBoundingClientRect().right > width + 1)
              .map(e => e.tagName + '#' + (e.closest('section') || {}).id);""")
        check(not too_wide, "%s : à l'impression, rien ne dépasse la largeur A4 %s" % (name, too_wide[:3]))
        with open(pdf, "wb") as handle:
            handle.write(base64.b64decode(driver.execute_cdp_cmd("Page.printToPDF", {
                "paperWidth": 8.27, "paperHeight": 11.69, "preferCSSPageSize": True, "printBackground": True})["data"]))
    finally:
        driver.quit()
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    blank = [p for p in range(1, pages + 1)
             if not subprocess.run(["pdftotext", "-f", str(p), "-l", str(p), pdf, "-"], capture_output=True, text=True).stdout.strip()]
    check(re.search(r"Page size:.*\(A4\)", info) is not None and not blank,
          "%s : PDF A4 de %d page(s), aucune page blanche %s" % (name, pages, blank or ""))
    return pages


def main():
    os.makedirs(SHOTS, exist_ok=True)
    work = tempfile.mkdtemp(prefix="occulter-atelier-")
    apply(work)
    report_dir = os.path.join(work, "rapport")
    before = json.load(open(os.path.join(report_dir, "report.json"), encoding="utf-8"))
    published_before = rows(os.path.join(work, "deliberations.csv"))
    server = subprocess.Popen([BIN, "review", report_dir], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    driver = None
    try:
        url = server.stdout.readline().strip()
        check(url.startswith("http://127.0.0.1:"), "l'atelier écoute sur 127.0.0.1 : " + url.split("?")[0])
        driver = browser()
        wait = WebDriverWait(driver, 60)
        driver.get(url)
        wait.until(lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-ready") == "1")
        groups = driver.find_elements(By.CSS_SELECTOR, "section.group")
        check(len(groups) > 0, "la page liste %d groupe(s) de valeurs" % len(groups))
        check("pending" in groups[0].get_attribute("class"), "les éléments en attente viennent en premier")
        driver.save_screenshot(os.path.join(SHOTS, "atelier-revue.png"))

        # Filters: by status, then by column; « à vérifier » beside unverified legal bases.
        Select(driver.find_element(By.ID, "filter-status")).select_by_value("en-attente")
        shown = driver.find_elements(By.CSS_SELECTOR, "section.group")
        check(shown and all("en-attente" in g.get_attribute("data-statuses") for g in shown),
              "filtre par statut : %d groupe(s) en attente" % len(shown))
        Select(driver.find_element(By.ID, "filter-status")).select_by_value("")
        Select(driver.find_element(By.ID, "filter-column")).select_by_value("DELIB_OBJET")
        check(all(g.get_attribute("data-column") == "DELIB_OBJET" for g in driver.find_elements(By.CSS_SELECTOR, "section.group")),
              "filtre par colonne")
        Select(driver.find_element(By.ID, "filter-column")).select_by_value("")
        unverified = {b["title"] for b in before["legal_bases"] if not b["verified"]}
        badges = driver.execute_script("return [...document.querySelectorAll('.badge.verify')].map(b => b.previousElementSibling.textContent)")
        # Every badge stands beside an unverified basis; none at all when the run cites none.
        check((badges or not unverified) and all(any(text.startswith(title) for title in unverified) for text in badges),
              "badge « à vérifier » sur les seuls fondements non vérifiés (%d)" % len(badges))
        groups = driver.find_elements(By.CSS_SELECTOR, "section.group")

        # A decision without a name is refused, in French, and nothing is written.
        driver.find_element(By.ID, "reviewer").clear()
        groups[0].find_element(By.CSS_SELECTOR, "button.keep").click()
        wait.until(lambda d: "error" in d.find_element(By.ID, "message").get_attribute("class"))
        check("nom" in driver.find_element(By.ID, "message").text, "décision sans nom refusée : " + driver.find_element(By.ID, "message").text[:60])
        decisions = os.path.join(report_dir, "decisions.yaml")
        check(not os.path.exists(decisions), "aucun fichier de décisions écrit sans nom")
        driver.find_element(By.ID, "reviewer").send_keys(REVIEWER)

        # 1. Decide one pending item (publish it), by keyboard on the selected group.
        pending = driver.find_element(By.CSS_SELECTOR, "section.group.pending")
        pending_ids = pending.get_attribute("data-ids").split()
        pending_value = pending.find_element(By.CSS_SELECTOR, "h2 .value").text
        pending.click()
        driver.find_element(By.TAG_NAME, "body").send_keys("c")
        wait.until(lambda d: d.find_element(By.ID, "message").get_attribute("class") == "info"
                   and "enregistr" in d.find_element(By.ID, "message").text)
        check(True, "élément en attente décidé au clavier (« %s », %d occurrence(s))" % (pending_value, len(pending_ids)))

        # 2. Overturn an automatic occultation (publish a value the tool occulted).
        automatic = [g for g in driver.find_elements(By.CSS_SELECTOR, "section.group")
                     if g.get_attribute("data-statuses") == "appliquee" and g.get_attribute("data-column") == "DELIB_OBJET"]
        check(bool(automatic), "une décision automatique à renverser")
        overturned = automatic[0]
        overturned_ids = overturned.get_attribute("data-ids").split()
        overturned_value = overturned.find_element(By.CSS_SELECTOR, "h2 .value").text
        button = overturned.find_element(By.CSS_SELECTOR, "button.keep")
        check(button.text.startswith("Renverser"), "le bouton dit qu'il renverse l'outil : " + button.text)
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", button)
        button.click()
        wait.until(lambda d: overturned_value in d.find_element(By.ID, "message").text)

        # 3. Select a word the tool missed in a scanned cell of a shown row, and occult it. The
        # word is one that no report quotes, so that its absence from report.html means something.
        html_before = open(os.path.join(report_dir, "report.html"), encoding="utf-8").read()
        # Row tables are built when a group is opened: open them all.
        driver.execute_script("document.querySelectorAll('details.rows').forEach(d => d.open = true)")
        wait.until(lambda d: d.execute_script("return [...document.querySelectorAll('details.rows')].every(d => d.dataset.filled)"))
        candidates = driver.execute_script("""
            const found = [];
            document.querySelectorAll('section.group').forEach((group, g) => {
              group.querySelectorAll('td.before.scanned[data-column="DELIB_OBJET"]').forEach((cell, c) => {
                cell.childNodes.forEach((node, n) => {
                  if (node.nodeType !== Node.TEXT_NODE) return;
                  for (const match of node.textContent.matchAll(/[A-Za-zÀ-ÿ]{7,}/g))
                    found.push([match[0], cell.getAttribute('data-row-key'), g, c, n, match.index]);
                });
              });
            });
            return found;""")
        candidates = [c for c in candidates if c[0] not in html_before and c[0] not in (pending_value, overturned_value)]
        check(bool(candidates), "un mot à occulter dans une cellule analysée")
        word, added_key, g, c, n, offset = candidates[-1]
        group = driver.find_elements(By.CSS_SELECTOR, "section.group")[g]
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", group)
        driver.execute_script("""
            const cell = arguments[0].querySelectorAll('td.before.scanned[data-column="DELIB_OBJET"]')[arguments[1]];
            const node = cell.childNodes[arguments[2]];
            const range = document.createRange();
            range.setStart(node, arguments[3]); range.setEnd(node, arguments[3] + arguments[4]);
            const selection = window.getSelection(); selection.removeAllRanges(); selection.addRange(range);
            cell.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));""", group, c, n, offset, len(word))
        added_text = word
        check(True, "mot sélectionné dans la ligne %s : « %s »" % (added_key, added_text))
        wait.until(lambda d: "open" in d.find_element(By.ID, "add-form").get_attribute("class"))
        driver.save_screenshot(os.path.join(SHOTS, "atelier-ajout.png"))
        Select(driver.find_element(By.ID, "add-rule")).select_by_value("nom-personne")
        driver.find_element(By.ID, "add-submit").click()
        wait.until(lambda d: "ajouté" in d.find_element(By.ID, "message").text)

        # 3b. A name in a row where the tool found nothing (so not shown): added by hand.
        driver.execute_script("window.scrollTo(0, 0); document.getElementById('manual-add').open = true")
        Select(driver.find_element(By.ID, "manual-column")).select_by_value("DELIB_OBJET")
        driver.find_element(By.ID, "manual-row-key").send_keys("2024-204")
        driver.find_element(By.ID, "manual-text").send_keys("Dupontel")
        Select(driver.find_element(By.ID, "manual-rule")).select_by_value("nom-personne")
        driver.find_element(By.ID, "manual-submit").click()
        wait.until(lambda d: "Dupontel" in d.find_element(By.ID, "additions").text)

        text = open(decisions, encoding="utf-8").read()
        check(all('fingerprint: "%s"' % i in text for i in pending_ids + overturned_ids), "les deux décisions sont dans le fichier")
        check(text.count('reviewer: "%s"' % REVIEWER) == len(set(pending_ids + overturned_ids)) + 2, "chaque entrée nomme son auteur")
        check(re.search(r'- add:\n +rule: "[^"]+"\n +column: "DELIB_OBJET"\n +row_key: "%s"\n +text: "%s"' % (re.escape(added_key), re.escape(added_text)), text)
              is not None, "l'ajout est dans le fichier (entrée add)")

        # 4. « Relancer »: the run again with the decisions; the page shows the new state.
        driver.execute_script("window.scrollTo(0, 0)")
        driver.find_element(By.ID, "rerun").click()
        wait.until(lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-reruns") == "1")
        message = driver.find_element(By.ID, "message").text
        check("relancé" in message, "la page montre le nouvel état : " + message[:90])
        shown = int(driver.find_element(By.ID, "stats").get_attribute("data-pending"))
        severe = [entry for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]
        check(not severe, "aucune erreur dans la console : %s" % severe[:2])
    finally:
        if driver:
            driver.quit()
        server.terminate()
        server.wait(timeout=30)

    after = json.load(open(os.path.join(report_dir, "report.json"), encoding="utf-8"))
    # A group decided once may hold several occurrences, some of them not pending: the count
    # falls, and the page shows what the report says.
    check(after["summary"]["pending_review"] < before["summary"]["pending_review"] and after["summary"]["pending_review"] == shown,
          "en attente : %d → %d (la page en montre %d)" % (before["summary"]["pending_review"], after["summary"]["pending_review"], shown))
    reviews = [d for d in after["decisions"] if d.get("review")]
    check(any(d["review"].get("overturned") == "appliquee" for d in reviews), "le rapport enregistre la décision automatique renversée")
    check(any(d["review"].get("added") and d["row_key"] == added_key for d in reviews), "le rapport enregistre le passage ajouté")
    check(all(d["review"]["reviewer"] == REVIEWER for d in reviews), "le rapport dit qui a décidé")
    published = rows(os.path.join(work, "deliberations.csv"))
    check(added_text not in published[added_key]["DELIB_OBJET"] and added_text in published_before[added_key]["DELIB_OBJET"],
          "le passage ajouté est occulté dans la nouvelle sortie (ligne %s)" % added_key)
    check("Dupontel" in published_before["2024-204"]["DELIB_OBJET"] and "Dupontel" not in published["2024-204"]["DELIB_OBJET"],
          "le nom ajouté à la main dans une ligne sans détection est occulté")
    check(after["stale_review_decisions"] == 0, "toutes les décisions ont servi")
    overturned_rows = [d["row_key"] for d in reviews if d["review"].get("overturned")]
    check(any(overturned_value in published[key]["DELIB_OBJET"] for key in overturned_rows), "la valeur renversée est publiée")
    html = open(os.path.join(report_dir, "report.html"), encoding="utf-8").read()
    check("Décisions du DPO" in html and REVIEWER in html and "Ce que l'outil n'a pas examiné" in html, "report.html : décisions du DPO et limites")
    check(added_text not in html and "Dupontel" not in html, "report.html ne cite pas les passages ajoutés")
    check(after.get("sign_off", {}).get("decisions_file", {}).get("sha256", "") in html, "la signature porte l'empreinte du fichier de décisions")

    # 5. report.html printed: A4, no table wider than the page, no blank page; screenshots.
    pdf = os.path.join(work, "report.pdf")
    pages = printed(os.path.join(report_dir, "report.html"), pdf, "atelier")
    first = subprocess.run(["pdftotext", "-f", "1", "-l", "1", pdf, "-"], capture_output=True, text=True).stdout
    check("Synthèse pour la décision de publication" in first and "Publiable" in first, "la page 1 est la synthèse pour le maire")
    last = subprocess.run(["pdftotext", "-f", str(pages), "-l", str(pages), pdf, "-"], capture_output=True, text=True).stdout
    check("Validation avant publication" in last and "Signature" in last, "la dernière page porte le bloc de signature")
    # The same for every example report beside the screenshots (make demo writes them).
    for example in sorted(glob.glob(os.path.join(SHOTS, "*", "report.html"))):
        printed(example, os.path.join(work, "example.pdf"), os.path.basename(os.path.dirname(example)))
    kept = os.path.join(ROOT, "out", "workbench-check")
    os.makedirs(kept, exist_ok=True)
    shutil.copy(pdf, os.path.join(kept, "report.pdf"))
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdf, os.path.join(SHOTS, "rapport-synthese-maire")], check=True)
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", str(pages), "-l", str(pages), "-singlefile", pdf,
                    os.path.join(SHOTS, "rapport-signature")], check=True)
    shutil.rmtree(work, ignore_errors=True)
    if failures:
        print("%d vérification(s) en échec." % len(failures))
        sys.exit(1)
    print("Atelier de revue (navigateur) : toutes les vérifications passent.")


if __name__ == "__main__":
    main()
