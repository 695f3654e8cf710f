#!/usr/bin/env bash
# Fuzzing d'Occulter (libFuzzer) : construit les quatre cibles et lance chacune pendant
# SECONDES secondes (60 par défaut), l'une après l'autre, au plus bas niveau de priorité.
#
#   Fuzz/run.sh [SECONDES] [CIBLE…]      (make fuzz SECONDS=600)
#
# Cibles : FuzzCSVReader, FuzzDECPJSONReader, FuzzRulePack, FuzzPersonNames (toutes par défaut).
# Corpus de départ (versionné, en lecture seule) : Fuzz/corpus/<cible>/ ; dictionnaire de
# jetons : Fuzz/dict/<cible>.dict.
# Corpus enrichi par libFuzzer (gardé d'une campagne à l'autre) : out/fuzz/<cible>/corpus/.
# Trouvailles (crash-*, timeout-*, leak-*, oom-*) et journaux de libFuzzer (run-*.log) :
# out/fuzz/<cible>/ ; une ligne par exécution de libFuzzer dans out/fuzz/campaign.log.
# Après une trouvaille, libFuzzer s'arrête ; le script le relance tant que le temps de la
# cible n'est pas écoulé (au plus MAX_RESTARTS fois).
# Code de sortie : 0 sans trouvaille, 1 si une cible a trouvé quelque chose, 2 si la
# construction échoue.
set -uo pipefail

SECONDS_PER_TARGET="${1:-60}"
shift || true
ALL_TARGETS=(FuzzCSVReader FuzzDECPJSONReader FuzzRulePack FuzzPersonNames)
if [ "$#" -gt 0 ]; then TARGETS=("$@"); else TARGETS=("${ALL_TARGETS[@]}"); fi

FUZZ_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$FUZZ_DIR")"
SWIFT="${SWIFT:-swift}"
# Jamais .build : c'est le dossier de construction du paquet principal.
SCRATCH="${FUZZ_SCRATCH:-$ROOT/.build-fuzz}"
OUT="${FUZZ_OUT:-$ROOT/out/fuzz}"
MAX_RESTARTS="${MAX_RESTARTS:-20}"
NICE=(nice -n 19)

case "$SECONDS_PER_TARGET" in
    ''|*[!0-9]*) echo "run.sh : durée invalide « $SECONDS_PER_TARGET » (secondes attendues)." >&2; exit 2 ;;
esac

# PCRE2 (bibliothèque système), comme la cible deps du Makefile.
if ! pkg-config --exists libpcre2-8 2>/dev/null; then
    echo "Installation de libpcre2-dev…"
    (apt-get update -qq || true) && apt-get install -y -qq libpcre2-dev pkg-config >/dev/null
fi

# Mêmes versions de dépendances que le paquet principal (résolution hors ligne possible).
if [ ! -f "$FUZZ_DIR/Package.resolved" ] && [ -f "$ROOT/Package.resolved" ]; then
    cp "$ROOT/Package.resolved" "$FUZZ_DIR/Package.resolved"
fi

echo "== Construction des cibles de fuzzing (libFuzzer + AddressSanitizer) dans $SCRATCH"
mkdir -p "$OUT"
# SwiftPM ne revoit pas la liste des fichiers du paquet principal (dépendance par chemin) quand
# un fichier y est ajouté ou retiré : la construction échoue sur un type « introuvable ». Le
# dossier de construction est donc refait quand cette liste change.
SOURCES_LIST="$(cd "$ROOT" && find Sources -name '*.swift' | LC_ALL=C sort | sha256sum | cut -d' ' -f1)"
if [ -d "$SCRATCH" ] && [ "$(cat "$SCRATCH/.sources-list" 2>/dev/null)" != "$SOURCES_LIST" ]; then
    echo "   fichiers du paquet principal changés : $SCRATCH est reconstruit"
    rm -rf "$SCRATCH"
fi
mkdir -p "$SCRATCH" && echo "$SOURCES_LIST" >"$SCRATCH/.sources-list"
# --sanitize=… instrumente le C (clang cumule les -fsanitize) et l'édition des liens ; mais
# SwiftPM passe à swiftc deux options -sanitize= séparées, dans un ordre qui varie d'une
# construction à l'autre, et swiftc ne garde que la dernière : le code Swift n'aurait que la
# couverture ou qu'ASan. -Xswiftc -sanitize=fuzzer,address, placé après, donne les deux.
# Seules les cibles demandées sont construites (une cible qui ne compile plus n'empêche pas de
# lancer les autres).
: >"$OUT/build.log"
for target in "${TARGETS[@]}"; do
    if ! "${NICE[@]}" "$SWIFT" build --package-path "$FUZZ_DIR" --scratch-path "$SCRATCH" -c debug --product "$target" \
            --sanitize=fuzzer --sanitize=address -Xswiftc -sanitize=fuzzer,address >>"$OUT/build.log" 2>&1; then
        grep -v "Cannot export local symbol" "$OUT/build.log" | tail -40 >&2
        echo "run.sh : la construction de $target a échoué (journal complet : $OUT/build.log)." >&2
        exit 2
    fi
done
BIN="$("$SWIFT" build --package-path "$FUZZ_DIR" --scratch-path "$SCRATCH" -c debug --show-bin-path)"

# Fuite connue de swift-foundation (FileManager.contents(atPath:) sur un fichier vide perd
# 4 Kio) : hors d'Occulter, elle arrêterait FuzzRulePack à chaque YAML vide.
export LSAN_OPTIONS="suppressions=$FUZZ_DIR/lsan.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}"
export OCCULTER_RULES="$ROOT/Rules"
# Pas de rapport du backtracer Swift : ASan et libFuzzer traitent eux-mêmes le signal
# (sinon ASan signale à tort une lecture du « memserver » du backtracer).
export SWIFT_BACKTRACE="${SWIFT_BACKTRACE:-enable=no}"
# Journal de campagne : une ligne par exécution de libFuzzer.
CAMPAIGN_LOG="$OUT/campaign.log"

STATUS=0
SUMMARY=()
for target in "${TARGETS[@]}"; do
    artifacts="$OUT/$target"
    corpus="$artifacts/corpus"
    seeds="$FUZZ_DIR/corpus/$target"
    mkdir -p "$artifacts" "$corpus"
    dict=()
    [ -f "$FUZZ_DIR/dict/$target.dict" ] && dict=(-dict="$FUZZ_DIR/dict/$target.dict")
    findings=0
    executions=0
    runs=0
    start=$(date +%s)
    echo "== $target : $SECONDS_PER_TARGET s (corpus $corpus + $seeds, trouvailles dans $artifacts/)"
    while :; do
        elapsed=$(( $(date +%s) - start ))
        remaining=$(( SECONDS_PER_TARGET - elapsed ))
        [ "$remaining" -ge 1 ] || break
        runs=$((runs + 1))
        log="$artifacts/run-$(date +%Y%m%d-%H%M%S)-$runs.log"
        "${NICE[@]}" "$BIN/$target" "$corpus" "$seeds" \
            -max_total_time="$remaining" -timeout=10 -rss_limit_mb=4096 \
            -print_final_stats=1 -artifact_prefix="$artifacts/" "${dict[@]}" >"$log" 2>&1
        rc=$?
        # Nombre d'exécutions : statistique finale, sinon la ligne « Done N runs ».
        n=$(sed -n 's/^stat::number_of_executed_units: *\([0-9]*\).*/\1/p' "$log" | tail -1)
        [ -n "$n" ] || n=$(sed -n 's/^Done \([0-9]*\) runs.*/\1/p' "$log" | tail -1)
        executions=$((executions + ${n:-0}))
        # Les « slow-unit-* » (unité lente mais sous le délai) ne sont pas des trouvailles.
        artifact=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | grep -v '/slow-unit-' | tail -1)
        printf '%s %s exécution=%d durée=%ds exécutions=%s code=%d%s%s\n' "$(date '+%F %T')" "$target" "$runs" \
            "$(( $(date +%s) - start - elapsed ))" "${n:-0}" "$rc" "${OCCULTER_FUZZ_LIMITE:+ mode=limite}" \
            "${artifact:+ trouvaille=$artifact}" >>"$CAMPAIGN_LOG"
        if [ "$rc" -ne 0 ]; then
            # Chaque arrêt de libFuzzer est une trouvaille (même si l'artefact, identique à
            # un précédent, a été réécrit sous le même nom).
            findings=$((findings + 1))
            echo "   exécution $runs : arrêt (code $rc) après ${n:-?} exécutions :"
            grep -E "^==[0-9]+==ERROR|^SUMMARY|Fatal error|Test unit written|ALARM|out-of-memory" "$log" | head -6 | sed 's/^/     /'
            [ "$runs" -le "$MAX_RESTARTS" ] || { echo "   trop de relances, cible suivante."; break; }
            continue
        fi
        break
    done
    duration=$(( $(date +%s) - start ))
    line="$target : $executions exécutions en $duration s, $findings trouvaille(s)"
    echo "   $line"
    SUMMARY+=("$line")
    [ "$findings" -eq 0 ] || STATUS=1
done

echo "== Bilan"
for line in "${SUMMARY[@]}"; do echo "$line"; done
[ "$STATUS" -eq 0 ] || echo "Des trouvailles attendent : voir $OUT/<cible>/ (crash-*, timeout-*, leak-*, oom-*)."
exit "$STATUS"
