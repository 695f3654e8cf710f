#!/usr/bin/env python3
"""API test of `occulter review` over loopback (standard library only).

Runs the bundled deliberations example, starts the workbench on it and checks: 401 without
the token (and with a wrong one), 403 for a POST from another origin, a decision without
reviewer refused in French, the decision in the decisions file (0600) after one POST, and
one pending item fewer after `apply --decisions` with that file.

Usage: python3 Tests/workbench/test_api.py [path/to/occulter]
"""
import json
import os
import re
import stat
import subprocess
import sys
import tempfile
import urllib.error
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build/debug/occulter"))
failures = []


def check(condition, message):
    print(("ok      " if condition else "ÉCHEC   ") + message)
    if not condition:
        failures.append(message)


def request(url, method="GET", body=None, headers=None):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    if data is not None:
        req.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(req, timeout=60) as response:
            raw = response.read()
            if not response.headers.get("Content-Type", "").startswith("application/json"):
                return response.status, raw.decode("utf-8")
            return response.status, json.loads(raw or b"null")
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read() or b"null")


def apply(work, decisions=None):
    command = [BIN, "apply", os.path.join(ROOT, "Tests/workbench/fixtures/deliberations-atelier.csv"), "--pack", "deliberations",
               "--config", os.path.join(ROOT, "Examples/deliberations.config.yaml"),
               "--output", os.path.join(work, "out.csv"), "--report", os.path.join(work, "rapport")]
    if decisions:
        command += ["--decisions", decisions]
    run = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    check(run.returncode in (0, 3), "apply se termine (code %d) %s" % (run.returncode, run.stderr.strip()[:200]))
    with open(os.path.join(work, "rapport", "report.json"), encoding="utf-8") as handle:
        return json.load(handle)


def main():
    with tempfile.TemporaryDirectory() as work:
        report = apply(work)
        pending_before = report["summary"]["pending_review"]
        check(pending_before > 0, "l'exemple a des éléments en attente (%d)" % pending_before)
        review_json = os.path.join(work, "rapport", "review.json")
        check(stat.S_IMODE(os.stat(review_json).st_mode) == 0o600, "review.json est en 0600")

        server = subprocess.Popen([BIN, "review", os.path.join(work, "rapport"), "--port", "0"], cwd=ROOT,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            url = server.stdout.readline().strip()
            check(url.startswith("http://127.0.0.1:") and "/?token=" in url, "première ligne : l'adresse avec son jeton (%s…)" % url[:30])
            base, token = url.split("/?token=")
            auth = {"Authorization": "Bearer " + token}

            status, body = request(base + "/api/items")
            check(status == 401, "GET /api/items sans jeton : 401 (%d)" % status)
            check(isinstance(body, dict) and "jeton" in body.get("erreur", ""), "message d'erreur en français")
            status, _ = request(base + "/api/items", headers={"Authorization": "Bearer " + "0" * len(token)})
            check(status == 401, "mauvais jeton : 401 (%d)" % status)
            status, page = request(base + "/?token=" + token)
            check(status == 200 and "Atelier de revue" in page, "la page s'ouvre avec ?token= (%d)" % status)
            check(not re.search(r'(src|href)="https?:', page), "la page ne charge aucune ressource extérieure")

            status, items = request(base + "/api/items", headers=auth)
            check(status == 200 and isinstance(items, list) and items, "GET /api/items avec le jeton : 200")
            for key in ("id", "rule", "column", "row_key", "status", "value", "cell"):
                check(all(key in item for item in items), "chaque élément a « %s »" % key)
            statuses = [item["status"] for item in items]
            first_other = next((i for i, s in enumerate(statuses) if s != "en-attente"), len(statuses))
            check("en-attente" not in statuses[first_other:], "les éléments en attente viennent en premier")

            # A pending item whose id occurs once: deciding it removes exactly one pending item.
            ids = [item["id"] for item in items]
            target = next(item for item in items if item["status"] == "en-attente" and ids.count(item["id"]) == 1)
            decision_url = base + "/api/items/%s/decision" % target["id"]
            origin = {"Origin": base}

            status, _ = request(decision_url, "POST", {"decision": "keep", "reviewer": "A. Martin, DPO"}, auth)
            check(status == 403, "POST sans en-tête Origin : 403 (%d)" % status)
            status, _ = request(decision_url, "POST", {"decision": "keep", "reviewer": "A. Martin, DPO"},
                                dict(auth, Origin="http://evil.example"))
            check(status == 403, "POST d'une autre origine : 403 (%d)" % status)
            status, body = request(decision_url, "POST", {"decision": "keep", "reviewer": "  "}, dict(auth, **origin))
            check(status == 400 and "nom" in body.get("erreur", ""), "décision sans relecteur refusée en français (%d)" % status)
            decisions = os.path.join(work, "rapport", "decisions.yaml")
            check(not os.path.exists(decisions), "rien n'est écrit pour une décision refusée")

            status, body = request(decision_url, "POST", {"decision": "keep", "reviewer": "A. Martin, DPO", "comment": "Personnalité locale"},
                                   dict(auth, **origin))
            check(status == 200 and body.get("decided", {}).get("reviewer") == "A. Martin, DPO", "POST décision : 200 (%d)" % status)
            check(os.path.exists(decisions), "le fichier de décisions existe après un POST")
            check(stat.S_IMODE(os.stat(decisions).st_mode) == 0o600, "le fichier de décisions est en 0600")
            text = open(decisions, encoding="utf-8").read()
            check('fingerprint: "%s"' % target["id"] in text and 'reviewer: "A. Martin, DPO"' in text and "decision: keep" in text,
                  "la décision est dans le fichier, avec son auteur")
            additions = base + "/api/additions"
            span = {"rule": "nom-personne", "column": "DELIB_OBJET", "row_key": "2024-204", "text": "Dupontel", "reviewer": "A. Martin, DPO"}
            status, body = request(additions, "POST", dict(span, column="DELIB_ID"), dict(auth, **origin))
            check(status == 400 and "analysée" in body.get("erreur", ""), "ajout refusé sur une colonne non analysée (%d)" % status)
            status, body = request(additions, "POST", dict(span, reviewer=""), dict(auth, **origin))
            check(status == 400, "ajout sans relecteur refusé (%d)" % status)
            status, body = request(additions, "POST", span, dict(auth, **origin))
            check(status == 200 and body.get("text") == "Dupontel", "POST /api/additions : 200 (%d)" % status)
            text = open(decisions, encoding="utf-8").read()
            check('row_key: "2024-204"' in text and 'text: "Dupontel"' in text, "l'ajout est dans le fichier (entrée add)")

            status, _ = request(base + "/api/rerun", "POST", None, auth)
            check(status == 403, "relance sans en-tête Origin : 403 (%d)" % status)
            status, state = request(base + "/api/rerun", "POST", None, dict(auth, **origin))
            check(status == 200 and state["summary"]["pending_review"] == pending_before - 1,
                  "POST /api/rerun : un élément en attente de moins (%d)" % status)
            status, items = request(base + "/api/items", headers=auth)
            check(sum(item["status"] == "en-attente" for item in items) == pending_before - 1, "GET /api/items montre le nouvel état")
        finally:
            server.terminate()
            server.wait(timeout=30)

        report = apply(work, decisions)
        check(report["summary"]["pending_review"] == pending_before - 1,
              "un élément en attente de moins après apply --decisions (%d → %d)" % (pending_before, report["summary"]["pending_review"]))
        reviewed = [d for d in report["decisions"] if d.get("review", {}).get("reviewer") == "A. Martin, DPO"]
        check([d["status"] for d in reviewed if not d["review"].get("added")] == ["revue-conserve"], "le rapport dit qui a décidé")
        check([d["row_key"] for d in reviewed if d["review"].get("added")] == ["2024-204"], "le rapport inscrit l'ajout, avec son auteur")
        check(report["stale_review_decisions"] == 0, "aucune décision sans correspondance")
        published = open(os.path.join(work, "out.csv"), encoding="utf-8").read()
        check("Dupontel" not in published, "le passage ajouté est occulté dans la sortie")
    if failures:
        print("%d vérification(s) en échec." % len(failures))
        sys.exit(1)
    print("Atelier de revue (API) : toutes les vérifications passent.")


if __name__ == "__main__":
    main()
