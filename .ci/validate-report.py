#!/usr/bin/env python3
"""Valide des fichiers report.json contre Reports/report.schema.json (JSON Schema 2020-12).

Usage : .ci/validate-report.py [--schema SCHEMA] REPORT.json...

Pour chaque fichier, une ligne « OK » ou « ÉCHEC » avec le détail des erreurs. En plus du schéma,
quelques règles de cohérence que JSON Schema ne sait pas exprimer (totaux de la synthèse, fondements
cités présents dans legal_bases). Code de sortie : 0 si tout est conforme, 1 sinon, 2 en cas
d'erreur d'utilisation.
"""
import collections
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_SCHEMA = os.path.join(ROOT, "Reports", "report.schema.json")
MAX_ERRORS = 20
USAGE = ("Usage : .ci/validate-report.py [--schema SCHEMA] REPORT.json...\n"
         "  Valide chaque report.json contre le schéma (défaut : Reports/report.schema.json).")


def load_jsonschema():
    """Imports jsonschema, installing it from PyPI once if it is missing."""
    try:
        import jsonschema  # noqa: F401
    except ImportError:
        print("Installation de jsonschema (PyPI)…", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "jsonschema"], check=False)
        try:
            import jsonschema  # noqa: F401
        except ImportError:
            print("ERREUR : le module Python jsonschema est introuvable ; installez-le avec "
                  "« python3 -m pip install jsonschema » ou « apt-get install python3-jsonschema ».",
                  file=sys.stderr)
            sys.exit(2)
    import jsonschema
    return jsonschema


def pointer(path):
    """JSON Pointer of an error location, e.g. /decisions/3/action."""
    return "/" + "/".join(str(part) for part in path) if path else "(racine)"


def consistency(report):
    """Checks JSON Schema cannot express. Only runs on a report that passed the schema."""
    problems = []
    decisions = report["decisions"]
    summary = report["summary"]
    total = len(decisions)
    if summary["decisions"] != total:
        problems.append("summary.decisions vaut %d mais le rapport contient %d décision(s)"
                        % (summary["decisions"], total))
    pending = sum(1 for d in decisions if d["status"] == "en-attente")
    if summary["pending_review"] != pending:
        problems.append("summary.pending_review vaut %d mais %d décision(s) ont le statut en-attente"
                        % (summary["pending_review"], pending))
    for key, field in (("by_action", "action"), ("by_rule", "rule"), ("by_column", "column")):
        expected = dict(collections.Counter(d[field] for d in decisions))
        if summary[key] != expected:
            problems.append("summary.%s ne correspond pas aux décisions (attendu %s)"
                            % (key, json.dumps(expected, ensure_ascii=False, sort_keys=True)))
    if summary["rows_read"] != report["input"]["rows"]:
        problems.append("summary.rows_read (%d) diffère de input.rows (%d)"
                        % (summary["rows_read"], report["input"]["rows"]))
    output = report.get("output")
    if output is not None and output["rows"] != summary["rows_published"]:
        problems.append("output.rows (%d) diffère de summary.rows_published (%d)"
                        % (output["rows"], summary["rows_published"]))
    if report["run"]["mode"] == "scan" and output is not None:
        problems.append("un rapport de scan ne doit pas décrire de sortie (output)")
    known = {basis["id"] for basis in report["legal_bases"]}
    cited = sorted({basis for d in decisions for basis in d["bases"]} - known)
    if cited:
        problems.append("fondement(s) cité(s) mais absent(s) de legal_bases : " + ", ".join(cited))
    return problems


def main():
    schema_path, reports = DEFAULT_SCHEMA, []
    arguments = sys.argv[1:]
    while arguments:
        argument = arguments.pop(0)
        if argument in ("-h", "--help"):
            print(USAGE)
            return 0
        if argument == "--schema":
            if not arguments:
                print("ERREUR : --schema attend un chemin.\n" + USAGE, file=sys.stderr)
                return 2
            schema_path = arguments.pop(0)
        elif argument.startswith("--schema="):
            schema_path = argument.split("=", 1)[1]
        elif argument.startswith("-") and argument != "-":
            print("ERREUR : option inconnue %s.\n%s" % (argument, USAGE), file=sys.stderr)
            return 2
        else:
            reports.append(argument)
    if not reports:
        print(USAGE, file=sys.stderr)
        return 2

    jsonschema = load_jsonschema()
    try:
        with open(schema_path, encoding="utf-8") as handle:
            schema = json.load(handle)
        jsonschema.Draft202012Validator.check_schema(schema)
    except (OSError, ValueError, jsonschema.exceptions.SchemaError) as error:
        print("ERREUR : schéma illisible ou invalide (%s) : %s" % (schema_path, error), file=sys.stderr)
        return 2
    validator = jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    version = schema.get("version", "?")

    failures = 0
    for path in reports:
        try:
            with open(path, encoding="utf-8") as handle:
                report = json.load(handle)
        except OSError as error:
            reasons = {2: "fichier introuvable", 13: "accès refusé", 21: "c'est un dossier"}
            print("ÉCHEC  %s : %s." % (path, reasons.get(error.errno, "fichier illisible (%s)" % error)))
            failures += 1
            continue
        except ValueError as error:
            print("ÉCHEC  %s : JSON invalide (%s)." % (path, error))
            failures += 1
            continue

        errors = sorted(validator.iter_errors(report), key=lambda e: list(map(str, e.absolute_path)))
        if errors:
            print("ÉCHEC  %s : %d erreur(s) par rapport au schéma %s :" % (path, len(errors), version))
            for error in errors[:MAX_ERRORS]:
                print("         - à %s : %s" % (pointer(error.absolute_path), error.message))
            if len(errors) > MAX_ERRORS:
                print("         … et %d autre(s)." % (len(errors) - MAX_ERRORS))
            failures += 1
            continue
        problems = consistency(report)
        if problems:
            print("ÉCHEC  %s : conforme au schéma %s mais incohérent :" % (path, version))
            for problem in problems:
                print("         - " + problem)
            failures += 1
            continue
        print("OK     %s : conforme au schéma %s (%d décision(s), %d en attente de revue)."
              % (path, version, len(report["decisions"]), report["summary"]["pending_review"]))

    if failures:
        print("Validation des rapports : %d fichier(s) sur %d en échec." % (failures, len(reports)))
        return 1
    print("Validation des rapports : %d fichier(s) conforme(s)." % len(reports))
    return 0


if __name__ == "__main__":
    sys.exit(main())
