#!/usr/bin/env bash
# Banc d'essai d'Occulter (« Fast at any size ») : voir Benchmarks/README.md.
#
#   Benchmarks/run.sh [BIN]          BIN : binaire occulter (défaut .build/release/occulter)
#
# Variables : BENCH_SIZE=100M  taille du fichier de délibérations (10M pour un essai rapide)
#             BENCH_1G=1       ajoute le fichier de délibérations de 1 Go
#             BENCH_RUNS=3     nombre d'exécutions dont on garde la meilleure (si une exécution < 10 s) ;
#                              pour les délibérations, les outils sont exécutés à tour de rôle, un tour par exécution
#
# Les données sont produites dans Benchmarks/data/ (ignoré par git) par generate.py si elles
# manquent. Le script ne s'arrête pas sur un échec d'Occulter : il l'affiche et continue.
set -uo pipefail
export LC_ALL=C

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
BIN=${1:-.build/release/occulter}
if [[ "$BIN" != /* ]]; then
  if [ -e "$BIN" ]; then BIN="$PWD/$BIN"; else BIN="$ROOT/$BIN"; fi
fi
cd "$ROOT" || exit 1

export SOURCE_DATE_EPOCH=1767225600
export OCCULTER_RULES="$PWD/Rules"
SIZE=${BENCH_SIZE:-100M}
RUNS=${BENCH_RUNS:-3}
DATA="$HERE/data"
LONG_RUN_NS=10000000000   # au-delà de 10 s, une seule exécution

if [ ! -x "$BIN" ]; then
  echo "binaire introuvable ou non exécutable : $BIN" >&2
  echo "construire d'abord : make release (swift build -c release --static-swift-stdlib)" >&2
  exit 2
fi

# --- outils ------------------------------------------------------------------------------------
install_pkg() {
  echo "installation du paquet Debian « $1 »…" >&2
  if [ "$(id -u)" -eq 0 ]; then apt-get install -y -qq "$1" >&2 || { apt-get update -qq >&2 && apt-get install -y -qq "$1" >&2; }
  else sudo apt-get install -y -qq "$1" >&2 || { sudo apt-get update -qq >&2 && sudo apt-get install -y -qq "$1" >&2; }
  fi
}
[ -x /usr/bin/time ] || install_pkg time
command -v pcre2grep >/dev/null || install_pkg pcre2-utils
[ -x /usr/bin/time ] || { echo "/usr/bin/time manquant (paquet time)" >&2; exit 2; }
command -v pcre2grep >/dev/null || { echo "pcre2grep manquant (paquet pcre2-utils)" >&2; exit 2; }

# --- données -----------------------------------------------------------------------------------
SIZES=$SIZE
[ "${BENCH_1G:-0}" = 1 ] && [ "$SIZE" != 1G ] && SIZES="$SIZES,1G"
mkdir -p "$DATA"
missing_sizes=""
for s in ${SIZES//,/ }; do
  f="$DATA/deliberations-$s.csv"
  [ -s "$f" ] && [ -s "$f.rows" ] || missing_sizes="$missing_sizes${missing_sizes:+,}$s"
done
only=""
[ -n "$missing_sizes" ] && only="deliberations"
{ [ -s "$DATA/prenoms-national.csv" ] && [ -s "$DATA/prenoms-national.csv.rows" ]; } || only="$only${only:+,}prenoms"
{ [ -s "$DATA/decp-100k.json" ] && [ -s "$DATA/decp-100k.json.rows" ]; } || only="$only${only:+,}decp"
if [ -n "$only" ]; then
  echo "Génération des données manquantes ($only) dans $DATA…"
  python3 "$HERE/generate.py" "$DATA" --sizes "${missing_sizes:-$SIZE}" --only "$only" || exit 1
  echo
fi

TMP=$(mktemp -d /tmp/occulter-bench.XXXXXX)
trap 'rm -rf "$TMP"' EXIT

# Motif de référence pour pcre2grep : une seule alternation, un seul passage.
# civilité + nom capitalisé | NIR | IBAN | courriel | téléphone français
cat >"$TMP/motif.pcre" <<'EOF'
\b(?:M\.|MM\.|Mme|Mlle|Madame|Monsieur|Maître)\s+(?:et\s+Mme\s+)?\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)?|\b[1-478]\s?\d{2}\s?(?:0[1-9]|1[0-2])\s?(?:\d{2}|2[AB])\s?\d{3}\s?\d{3}\s?\d{2}\b|\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,3})?\b|\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b|(?:\+33|0033|\b0)\s?[1-9](?:[\s.-]?\d{2}){4}\b
EOF

# --- mesure ------------------------------------------------------------------------------------
# mesure OK_CODES STDOUT cmd… : meilleure durée (s) dans M_TIME, RSS max (Kio) dans M_RSS,
# code de sortie dans M_CODE, nombre d'exécutions dans M_N, M_FAIL=1 si le code n'est pas permis.
mesure() {
  local ok=$1 out=$2; shift 2
  local best=0 rss=0 n=0 t0 t1 dt r
  M_FAIL=0
  while :; do
    t0=$(date +%s%N)
    /usr/bin/time -v -o "$TMP/time.txt" "$@" >"$out" 2>"$TMP/stderr.txt"
    M_CODE=$?
    t1=$(date +%s%N)
    n=$((n + 1))
    dt=$((t1 - t0))
    r=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$TMP/time.txt")
    [ -n "$r" ] && [ "$r" -gt "$rss" ] && rss=$r
    if [[ " $ok " != *" $M_CODE "* ]]; then M_FAIL=1; best=$dt; break; fi
    { [ "$best" -eq 0 ] || [ "$dt" -lt "$best" ]; } && best=$dt
    { [ "$dt" -ge "$LONG_RUN_NS" ] || [ "$n" -ge "$RUNS" ]; } && break
  done
  M_TIME=$(awk -v ns="$best" 'BEGIN { printf "%.3f", ns / 1e9 }')
  M_RSS=$rss
  M_N=$n
}

# Mesure alternée : une exécution de chaque outil par tour, la meilleure durée de chaque outil
# sur les tours. Les outils comparés (occulter à 1 et 2 fils, pcre2grep) subissent ainsi les
# mêmes variations de la machine ; mesurés l'un après l'autre, un voisin bruyant pouvait
# pénaliser l'un seulement.
declare -A B_T B_RSS B_CODE B_N B_FAIL
# une_mesure CLÉ CODES_PERMIS SORTIE cmd… : une exécution, cumulée dans B_*[CLÉ] ; durée en ns dans U_DT.
une_mesure() {
  local key=$1 ok=$2 out=$3; shift 3
  local t0 t1 r
  [ "${B_FAIL[$key]:-0}" = 1 ] && { U_DT=0; return; }
  t0=$(date +%s%N)
  /usr/bin/time -v -o "$TMP/time-$key.txt" "$@" >"$out" 2>"$TMP/stderr-$key.txt"
  local code=$?
  t1=$(date +%s%N)
  U_DT=$((t1 - t0))
  B_N[$key]=$(( ${B_N[$key]:-0} + 1 ))
  B_CODE[$key]=$code
  r=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$TMP/time-$key.txt")
  [ -n "$r" ] && [ "$r" -gt "${B_RSS[$key]:-0}" ] && B_RSS[$key]=$r
  if [[ " $ok " != *" $code "* ]]; then B_FAIL[$key]=1; B_T[$key]=$U_DT; return; fi
  { [ -z "${B_T[$key]:-}" ] || [ "$U_DT" -lt "${B_T[$key]}" ]; } && B_T[$key]=$U_DT
}
# charge_mesure CLÉ : B_*[CLÉ] → M_* (pour « ligne ») ; la sortie d'erreur du dernier essai.
charge_mesure() {
  M_TIME=$(awk -v ns="${B_T[$1]:-0}" 'BEGIN { printf "%.3f", ns / 1e9 }')
  M_RSS=${B_RSS[$1]:-0}; M_CODE=${B_CODE[$1]:-?}; M_N=${B_N[$1]:-0}; M_FAIL=${B_FAIL[$1]:-0}
  cp "$TMP/stderr-$1.txt" "$TMP/stderr.txt" 2>/dev/null || : >"$TMP/stderr.txt"
}

fmt_header() {
  printf '  %-32s %10s %9s %12s %14s %5s %5s\n' "outil" "temps (s)" "Mo/s" "lignes/s" "RSS max (Mio)" "code" "exéc."
}
# ligne LIBELLÉ OCTETS LIGNES
ligne() {
  local label=$1 bytes=$2 rows=$3
  if [ "$M_FAIL" = 1 ]; then
    printf '  %-32s %10s %9s %12s %14s %5s %5s   ÉCHEC\n' "$label" "$M_TIME" "-" "-" \
      "$(awk -v k="$M_RSS" 'BEGIN { printf "%.1f", k / 1024 }')" "$M_CODE" "$M_N"
    sed 's/^/      | /' "$TMP/stderr.txt" | tail -n 8
    return
  fi
  awk -v l="$label" -v t="$M_TIME" -v b="$bytes" -v r="$rows" -v k="$M_RSS" -v c="$M_CODE" -v n="$M_N" 'BEGIN {
    if (t <= 0) t = 0.001
    printf "  %-32s %10.3f %9.1f %12.0f %14.1f %5s %5s\n", l, t, b / 1e6 / t, r / t, k / 1024, c, n }'
}

# Résultats gardés pour le bilan : R[clé]=valeur
declare -A R

# bench_occulter CLÉ LIBELLÉ FICHIER PACK SORTIE OCTETS LIGNES [options…]
bench_occulter() {
  local key=$1 label=$2 file=$3 pack=$4 output=$5 bytes=$6 rows=$7; shift 7
  mesure "0 3" "$TMP/stdout.txt" "$BIN" apply "$file" --pack "$pack" --output "$output" "$@"
  ligne "$label" "$bytes" "$rows"
  if [ "$M_FAIL" = 0 ]; then
    R[$key.t]=$M_TIME; R[$key.rss]=$M_RSS
    R[$key.msg]=$(head -n 4 "$TMP/stderr.txt" | sed 's/^/  │ /')
  fi
  R[$key.code]=$M_CODE
}

bench_refs() { # bench_refs CLÉ FICHIER OCTETS LIGNES [grep]
  local key=$1 file=$2 bytes=$3 rows=$4 grep=${5:-}
  if [ -n "$grep" ]; then
    mesure "0 1" "$TMP/grep.txt" pcre2grep -c -u -f "$TMP/motif.pcre" "$file"
    ligne "pcre2grep -c (regex, 1 passage)" "$bytes" "$rows"
    [ "$M_FAIL" = 0 ] && R[$key.grep.t]=$M_TIME
    R[$key.grep.lines]=$(cat "$TMP/grep.txt")
  fi
  mesure "0" /dev/null cat "$file"
  ligne "cat > /dev/null (plancher E/S)" "$bytes" "$rows"
  [ "$M_FAIL" = 0 ] && R[$key.cat.t]=$M_TIME
}

file_title() { # file_title FICHIER LIGNES
  local bytes
  bytes=$(stat -c %s "$1")
  printf '\n== %s : %s octets (%.1f Mo), %s enregistrements ==\n' "$(basename "$1")" "$bytes" \
    "$(awk -v b="$bytes" 'BEGIN { print b / 1e6 }')" "$2"
}

# --- en-tête -------------------------------------------------------------------------------------
echo "Banc d'essai Occulter — $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "  binaire     : $BIN"
echo "  révision    : $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet HEAD -- Sources 2>/dev/null || echo ' (Sources modifiées)')"
echo "  machine     : $(nproc) cœurs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), mémoire $(free -h | awk '/^Mem:/ {print $2}')"
echo "  pcre2grep   : $(pcre2grep --version 2>&1 | head -n1)"
echo "  charge      : $(cut -d' ' -f1-3 /proc/loadavg) (moyenne de charge 1/5/15 min au départ)"
if awk -v l="$(cut -d' ' -f1 /proc/loadavg)" -v n="$(nproc)" 'BEGIN { exit !(l > n / 2) }'; then
  echo "  attention   : machine déjà chargée, les temps ne sont pas représentatifs"
fi
echo "  meilleure de $RUNS exécutions quand une exécution dure moins de 10 s ; Mo = 10^6 octets (débit), RSS en Mio"

# --- délibérations -------------------------------------------------------------------------------
for s in ${SIZES//,/ }; do
  f="$DATA/deliberations-$s.csv"
  rows=$(cat "$f.rows"); bytes=$(stat -c %s "$f")
  file_title "$f" "$rows"
  cat "$f" >/dev/null   # page cache chaud pour tout le monde
  fmt_header
  # clé : libellé, codes permis, sortie, commande
  keys=("d$s" "d$s.j1" "d$s.j2" "d$s.rep" "d$s.grep" "d$s.cat")
  declare -A LABEL=(["d$s"]="occulter (--jobs 0, auto)" ["d$s.j1"]="occulter --jobs 1" ["d$s.j2"]="occulter --jobs 2"
                    ["d$s.rep"]="occulter (auto) + --report" ["d$s.grep"]="pcre2grep -c (regex, 1 passage)"
                    ["d$s.cat"]="cat > /dev/null (plancher E/S)")
  round=0
  while :; do
    round=$((round + 1)); longest=0
    for key in "${keys[@]}"; do
      case $key in
        "d$s") une_mesure "$key" "0 3" "$TMP/stdout.txt" "$BIN" apply "$f" --pack deliberations --output "$TMP/delib-auto.csv" ;;
        "d$s.j1") une_mesure "$key" "0 3" "$TMP/stdout.txt" "$BIN" apply "$f" --pack deliberations --output "$TMP/delib-j1.csv" --jobs 1 ;;
        "d$s.j2") une_mesure "$key" "0 3" "$TMP/stdout.txt" "$BIN" apply "$f" --pack deliberations --output "$TMP/delib-j2.csv" --jobs 2 ;;
        # Ce que fait une chaîne de publication : avec les rapports (report.json liste chaque décision).
        "d$s.rep") rm -rf "$TMP/rapports"
                   une_mesure "$key" "0 3" "$TMP/stdout.txt" "$BIN" apply "$f" --pack deliberations --output "$TMP/delib-rep.csv" --report "$TMP/rapports" ;;
        "d$s.grep") une_mesure "$key" "0 1" "$TMP/grep.txt" pcre2grep -c -u -f "$TMP/motif.pcre" "$f" ;;
        "d$s.cat") une_mesure "$key" "0" /dev/null cat "$f" ;;
      esac
      [ "$U_DT" -gt "$longest" ] && longest=$U_DT
    done
    { [ "$longest" -ge "$LONG_RUN_NS" ] || [ "$round" -ge "$RUNS" ]; } && break
  done
  rm -rf "$TMP/rapports" "$TMP/delib-rep.csv"
  for key in "${keys[@]}"; do
    charge_mesure "$key"
    ligne "${LABEL[$key]}" "$bytes" "$rows"
    [ "$M_FAIL" = 0 ] || continue
    case $key in
      "d$s.grep") R[$key.t]=$M_TIME; R[d$s.grep.lines]=$(cat "$TMP/grep.txt") ;;
      "d$s.cat") R[$key.t]=$M_TIME ;;
      *) R[$key.t]=$M_TIME; R[$key.rss]=$M_RSS; R[$key.msg]=$(head -n 4 "$TMP/stderr.txt" | sed 's/^/  │ /') ;;
    esac
  done
  [ -n "${R[d$s.msg]:-}" ] && echo "${R[d$s.msg]}"
  echo "  pcre2grep : ${R[d$s.grep.lines]:-?} lignes contiennent au moins un motif"
  if [ -f "$TMP/delib-j1.csv" ] && [ -f "$TMP/delib-j2.csv" ] && [ -n "${R[d$s.j1.t]:-}" ] && [ -n "${R[d$s.j2.t]:-}" ]; then
    if cmp -s "$TMP/delib-j1.csv" "$TMP/delib-j2.csv"; then
      echo "  sorties --jobs 1 et --jobs 2 : identiques octet pour octet"; R[d$s.same]=oui
    else
      echo "  sorties --jobs 1 et --jobs 2 : DIFFÉRENTES ($(cmp "$TMP/delib-j1.csv" "$TMP/delib-j2.csv" 2>&1 | head -n1))"; R[d$s.same]=non
    fi
    if [ -f "$TMP/delib-auto.csv" ] && [ -n "${R[d$s.t]:-}" ]; then
      cmp -s "$TMP/delib-j1.csv" "$TMP/delib-auto.csv" && echo "  sortie --jobs 0 : identique à --jobs 1" \
        || echo "  sortie --jobs 0 : DIFFÉRENTE de --jobs 1"
    fi
    R[d$s.speedup]=$(awk -v a="${R[d$s.j1.t]}" -v b="${R[d$s.j2.t]}" 'BEGIN { printf "%.2f", a / b }')
    echo "  accélération --jobs 1 → --jobs 2 : ${R[d$s.speedup]}×"
  else
    echo "  comparaison --jobs 1 / --jobs 2 impossible (échec d'une exécution)"
  fi
  rm -f "$TMP"/delib-*.csv
done

# --- prénoms ---------------------------------------------------------------------------------------
f="$DATA/prenoms-national.csv"
rows=$(cat "$f.rows"); bytes=$(stat -c %s "$f")
file_title "$f" "$rows"
cat "$f" >/dev/null
fmt_header
bench_occulter p "occulter (--jobs 0, auto)" "$f" prenoms "$TMP/prenoms.csv" "$bytes" "$rows"
bench_refs p "$f" "$bytes" "$rows"
[ -n "${R[p.msg]:-}" ] && echo "${R[p.msg]}"
if [ -f "$TMP/prenoms.csv" ] && [ -n "${R[p.t]:-}" ]; then
  out_rows=$(($(wc -l <"$TMP/prenoms.csv") - 1))
  echo "  sortie : $out_rows lignes (prénoms sous le seuil regroupés sous _PRENOMS_RARES)"
fi
rm -f "$TMP/prenoms.csv"

# --- marchés publics (DECP JSON) -----------------------------------------------------------------
f="$DATA/decp-100k.json"
rows=$(cat "$f.rows"); bytes=$(stat -c %s "$f")
file_title "$f" "$rows"
cat "$f" >/dev/null
fmt_header
bench_occulter m "occulter (--jobs 0, auto)" "$f" marches-publics "$TMP/decp.json" "$bytes" "$rows"
[ -n "${R[m.msg]:-}" ] && echo "${R[m.msg]}"
bench_refs m "$f" "$bytes" "$rows"
rm -f "$TMP/decp.json"

# --- bilan -----------------------------------------------------------------------------------------
# verdict VALEUR OP CIBLE → « atteint » / « NON atteint » / « n/d »
verdict() {
  [ -z "$1" ] && { echo "n/d"; return; }
  awk -v v="$1" -v op="$2" -v c="$3" 'BEGIN {
    ok = (op == "<=") ? (v <= c) : (op == ">=") ? (v >= c) : (v < c)
    print ok ? "atteint" : "NON atteint" }'
}
ratio() { [ -n "${1:-}" ] && [ -n "${2:-}" ] && awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b }'; }
rss_mb() { [ -n "${1:-}" ] && awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }
bilan() { # bilan LIBELLÉ VALEUR UNITÉ OP CIBLE
  local unit=$3
  [ -z "${2:-}" ] && unit=""
  printf '  %-52s %10s %-3s  cible %-2s %-5s %s\n' "$1" "${2:-n/d}" "$unit" "$4" "$5" "$(verdict "${2:-}" "$4" "$5")"
}

echo
echo "== Bilan =="
for s in ${SIZES//,/ }; do
  # Cible des issues 12 à 17 (« no throughput regression ») : 0,8 ; celle de l'issue 6 était 1,0.
  bilan "délibérations $s : occulter / pcre2grep (temps)" "$(ratio "${R[d$s.t]:-}" "${R[d$s.grep.t]:-}")" "" "<=" 0.8
  printf '  %-52s %10s\n' "délibérations $s : occulter / cat (temps)" "$(ratio "${R[d$s.t]:-}" "${R[d$s.cat.t]:-}" || true)"
  printf '  %-52s %10s\n' "délibérations $s : avec rapports / pcre2grep (temps)" "$(ratio "${R[d$s.rep.t]:-}" "${R[d$s.grep.t]:-}" || true)"
  bilan "délibérations $s : accélération --jobs 1 → --jobs 2" "${R[d$s.speedup]:-}" "×" ">=" 1.7
  printf '  %-52s %10s\n' "délibérations $s : sorties --jobs 1 et 2 identiques" "${R[d$s.same]:-n/d}"
  rss=${R[d$s.rss]:-${R[d$s.j1.rss]:-}}
  bilan "délibérations $s : RSS max (Mio)" "$(rss_mb "$rss")" "Mio" "<=" 64
done
bilan "prénoms national : temps (s)" "${R[p.t]:-}" "s" "<" 2
printf '  %-52s %10s\n' "prénoms national : RSS max (Mio)" "$(rss_mb "${R[p.rss]:-}" || echo n/d)"
printf '  %-52s %10s\n' "marchés DECP 100 000 : temps (s)" "${R[m.t]:-échec (code ${R[m.code]:-?})}"
[ -n "${R[m.rss]:-}" ] && printf '  %-52s %10s\n' "marchés DECP 100 000 : RSS max (Mio)" "$(rss_mb "${R[m.rss]}")"
echo "  charge à la fin : $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "$(nproc)" -lt 2 ]; then echo "  attention : un seul cœur, l'accélération --jobs 2 n'a pas de sens ici"; fi
exit 0
