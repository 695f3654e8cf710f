#!/usr/bin/env bash
# Test de l'atelier de revue du DPO dans un vrai navigateur (Selenium, Chromium de Debian).
# Installe ce qui manque : chromium, chromium-driver, poppler-utils (paquets Debian), selenium (PyPI).
# Usage : .ci/workbench-check.sh [BINAIRE_OCCULTER] [DOSSIER_DES_CAPTURES]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BIN="${1:-$ROOT/.build/debug/occulter}"
SHOTS="${2:-$ROOT/Reports/examples}"

missing=""
command -v chromium >/dev/null 2>&1 || missing="$missing chromium"
command -v chromedriver >/dev/null 2>&1 || missing="$missing chromium-driver"
command -v pdftotext >/dev/null 2>&1 || missing="$missing poppler-utils"
if [ -n "$missing" ]; then
  echo "Installation de$missing (paquets Debian)…"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null 2>&1 || {
    apt-get update -qq >/dev/null 2>&1 || true
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
  }
fi
python3 -c "import selenium" 2>/dev/null || { echo "Installation de selenium (PyPI)…"; python3 -m pip install -q selenium; }
exec python3 "$ROOT/.ci/workbench-browser.py" "$BIN" "$SHOTS"
