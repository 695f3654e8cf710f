#!/usr/bin/env bash
# make demo : traite chaque exemple avec son jeu de règles et écrit, dans Reports/examples/<nom>/,
# le jeu publiable et les rapports (report.json, report.md, report.html, review.html).
# Le code 3 (éléments en attente de revue, occultés) est un résultat normal de démonstration.
set -uo pipefail
cd "$(dirname "$0")/.."
BIN=${1:-.build/debug/occulter}
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1767225600}
export OCCULTER_RULES="$PWD/Rules"
# Clé des empreintes de la démonstration (jamais pour de vraies données : une collectivité garde
# la sienne, créée au premier usage à côté de sa configuration, en mode 0600).
export OCCULTER_FINGERPRINT_KEY_FILE="$PWD/Examples/empreintes-demo.key"
status=0

# nom ; fichier ; jeu ; options supplémentaires ; fichier de sortie
while IFS=';' read -r name input pack extra output; do
  [ -z "$name" ] && continue
  [ -f "Examples/$input" ] || { echo "exemple absent : Examples/$input" >&2; status=1; continue; }
  dir="Reports/examples/$name"
  rm -rf "$dir" && mkdir -p "$dir"
  echo "== $name ($pack) =="
  # shellcheck disable=SC2086
  "$BIN" apply "Examples/$input" --pack "$pack" --output "$dir/$output" --report "$dir" $extra
  code=$?
  case $code in
    0) echo "   → publié, rien en attente" ;;
    3) echo "   → publié, éléments en attente de revue (occultés) : voir $dir/review.html" ;;
    *) echo "   → échec (code $code)" >&2; status=1 ;;
  esac
done <<'LIST'
deliberations;deliberations.csv;deliberations;--config Examples/deliberations.config.yaml;deliberations.csv
subventions;subventions.csv;subventions;--config Examples/deliberations.config.yaml;subventions.csv
subventions-scdl;subventions-scdl.csv;subventions;--config Examples/deliberations.config.yaml;subventions-scdl.csv
prenoms;prenoms.csv;prenoms;--config Examples/deliberations.config.yaml;prenoms.csv
prenoms-paris;prenoms-paris.csv;prenoms;;prenoms-paris.csv
marches-json;marches.json;marches-publics;--secrets Examples/marches-secrets.csv;marches.json
marches-csv;marches-decp.csv;marches-publics;;marches-decp.csv
adresses;adresses.csv;adresses;;adresses.csv
equipements;equipements.csv;equipements;--config Examples/deliberations.config.yaml;equipements.csv
LIST
exit $status
