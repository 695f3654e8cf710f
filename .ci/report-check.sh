#!/usr/bin/env bash
# Vérification des rapports HTML dans un vrai navigateur (Chromium sans interface).
#
# Usage : .ci/report-check.sh DOSSIER...
#   Chaque DOSSIER contient report.html et review.html (écrits par `occulter ... --report DOSSIER`).
#
# Pour chaque fichier : capture PNG, impression PDF (A4), DOM rendu et erreurs de console.
# Échec (code 1) si : rendu vide (PNG absent, < 5 Ko ou d'une seule couleur), erreur de console
# JavaScript (console.error, exception non interceptée, ressource introuvable), PDF sans page ou
# pas en A4, review.html sans « CONFIDENTIEL — ne pas publier » dans le DOM, report.html avec
# « CONFIDENTIEL » dans le DOM, ou une page du PDF de review.html sans le bandeau (ou dont le
# bandeau recouvre du texte).
# Les captures et PDF sont écrits dans out/report-check/<nom du dossier>/ (ignoré par git).
#
# Variable : REPORT_CHECK_CHEVAUCHEMENT=avertir ne fait qu'avertir quand le bandeau d'impression
# recouvre du texte (par défaut : échec).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT_ROOT="$ROOT/out/report-check"
BANNER="CONFIDENTIEL — ne pas publier"
MIN_PNG_BYTES=5120
CHROMIUM_TIMEOUT=120

if [ "$#" -eq 0 ] || [ "${1:-}" = "-h" ] || [ "${1:-}" = "--help" ]; then
  echo "Usage : $0 DOSSIER..." >&2
  echo "  Chaque DOSSIER contient report.html et review.html." >&2
  exit 2
fi

# --- Tools ---------------------------------------------------------------------------------------

# Install Debian packages; refresh the package lists only when the first attempt fails.
apt_install() {
  echo "Installation de $* (paquets Debian)…"
  if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null 2>&1; then
    apt-get update -qq >/dev/null 2>&1 || true
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null || {
      echo "ERREUR : impossible d'installer $*." >&2
      exit 1
    }
  fi
}

command -v chromium >/dev/null 2>&1 || apt_install chromium
{ command -v pdftotext >/dev/null 2>&1 && command -v pdfinfo >/dev/null 2>&1; } || apt_install poppler-utils
command -v python3 >/dev/null 2>&1 || apt_install python3
# The templates fall back to DejaVu Sans; without it the text would render with whatever is left.
if command -v fc-list >/dev/null 2>&1 && ! fc-list 2>/dev/null | grep -qi "DejaVu Sans"; then
  apt_install fonts-dejavu-core
fi

echo "Navigateur : $(chromium --version 2>/dev/null | head -n 1)"

WORK="$(mktemp -d /tmp/report-check.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT

# --- Python helper (standard library only) -------------------------------------------------------
# console URL       : loads the page through the DevTools protocol (--remote-debugging-pipe) and
#                     prints one line per console error, uncaught exception or failed resource.
# png FILE          : checks that a PNG is readable and not a single colour.
# banner BBOX TEXT  : checks, page by page, that the PDF text boxes (pdftotext -bbox) hold TEXT
#                     and that no other text sits under it.
cat >"$WORK/helper.py" <<'PY'
import json, os, re, select, struct, subprocess, sys, tempfile, time, zlib, html


def console(url):
    """Collects JavaScript errors with the DevTools protocol over a pipe (fds 3 and 4).

    Chromium's --enable-logging prints console.log and console.error alike as INFO:CONSOLE,
    so the log cannot tell an error from a message: the protocol gives the level."""
    to_chrome_r, to_chrome_w = os.pipe()
    from_chrome_r, from_chrome_w = os.pipe()

    def child_fds():
        # dup first: a pipe end may already be fd 3 or 4, and dup2 onto itself keeps CLOEXEC.
        a, b = os.dup(to_chrome_r), os.dup(from_chrome_w)
        os.dup2(a, 3)
        os.dup2(b, 4)

    profile = tempfile.mkdtemp(prefix="cdp-profile-")
    proc = subprocess.Popen(
        ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--remote-debugging-pipe",
         "--user-data-dir=" + profile, "--window-size=1280,2400", "about:blank"],
        preexec_fn=child_fds, close_fds=False, stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(to_chrome_r)
    os.close(from_chrome_w)
    state = {"buf": b"", "id": 0}
    events = []

    def send(method, params=None, session=None):
        state["id"] += 1
        message = {"id": state["id"], "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(to_chrome_w, json.dumps(message).encode() + b"\0")
        return state["id"]

    def receive(deadline):
        while b"\0" not in state["buf"]:
            remaining = deadline - time.time()
            if remaining <= 0:
                return None
            ready, _, _ = select.select([from_chrome_r], [], [], remaining)
            if not ready:
                return None
            chunk = os.read(from_chrome_r, 1 << 16)
            if not chunk:
                raise RuntimeError("Chromium s'est arrêté pendant le chargement")
            state["buf"] += chunk
        raw, state["buf"] = state["buf"].split(b"\0", 1)
        return json.loads(raw)

    def call(method, params=None, session=None):
        wanted = send(method, params, session)
        deadline = time.time() + 30
        while True:
            message = receive(deadline)
            if message is None:
                raise RuntimeError("délai dépassé pour " + method)
            if message.get("id") == wanted:
                if "error" in message:
                    raise RuntimeError(method + " : " + message["error"].get("message", "erreur"))
                return message.get("result", {})
            events.append(message)

    try:
        target = call("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Runtime.enable", "Log.enable", "Page.enable"):
            call(domain, session=session)
        call("Page.navigate", {"url": url}, session=session)
        # Wait for the load event, then one more second for timers and late promise rejections.
        deadline, loaded = time.time() + 60, None
        while True:
            limit = loaded + 1.0 if loaded else deadline
            if time.time() >= limit:
                break
            message = receive(limit)
            if message is None:
                continue
            events.append(message)
            if message.get("method") == "Page.loadEventFired" and loaded is None:
                loaded = time.time()
        if loaded is None:
            print("la page ne s'est pas chargée en 60 s")
        try:
            send("Browser.close")
        except OSError:
            pass
    finally:
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        subprocess.run(["rm", "-rf", profile])

    for message in events:
        method, params = message.get("method"), message.get("params", {})
        if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            text = " ".join(str(a.get("value", a.get("description", ""))) for a in params.get("args", []))
            print("console.%s : %s" % (params["type"], text))
        elif method == "Runtime.exceptionThrown":
            details = params.get("exceptionDetails", {})
            description = details.get("exception", {}).get("description", "").splitlines()
            print("exception non interceptée (%s, ligne %s) : %s" % (
                details.get("url", "?"), details.get("lineNumber", -1) + 1,
                description[0] if description else details.get("text", "")))
        elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
            entry = params["entry"]
            print("erreur %s : %s %s" % (entry.get("source", ""), entry.get("text", ""), entry.get("url", "")))


def png(path):
    """Decodes the PNG (standard library only) and stops at the first pixel that differs."""
    with open(path, "rb") as handle:
        data = handle.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        return "pas un fichier PNG"
    pos, idat, header = 8, [], None
    while pos + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            break
        pos += 12 + length
    if header is None or not idat:
        return "PNG illisible"
    width, height, depth, colour, _, _, interlace = header
    if width == 0 or height == 0:
        return "image vide (0 pixel)"
    if interlace:
        return None  # Chromium never interlaces; nothing cheap to check then.
    channels = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}.get(colour)
    if channels is None:
        return "type de couleur PNG inconnu"
    bits = depth * channels
    bpp = max(1, bits // 8)
    stride = (width * bits + 7) // 8
    raw = zlib.decompress(b"".join(idat))
    previous = bytearray(stride)
    first = None
    for y in range(height):
        start = y * (stride + 1)
        kind = raw[start]
        line = bytearray(raw[start + 1:start + 1 + stride])
        if kind == 1:
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 0xFF
        elif kind == 2:
            for i in range(stride):
                line[i] = (line[i] + previous[i]) & 0xFF
        elif kind == 3:
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + ((left + previous[i]) >> 1)) & 0xFF
        elif kind == 4:
            for i in range(stride):
                a = line[i - bpp] if i >= bpp else 0
                b = previous[i]
                c = previous[i - bpp] if i >= bpp else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
        if bits >= 8:
            if first is None:
                first = bytes(line[:bpp])
            if line != first * width:
                return None
        else:
            # Sub-byte pixels: a uniform row is one repeated byte pattern.
            if first is None:
                first = bytes(line)
            if bytes(line) != first or len(set(line[:-1])) > 1:
                return None
        previous = line
    return "tous les pixels sont de la même couleur (%d×%d)" % (width, height)


def banner(bbox_path, text):
    """Page by page: is TEXT there as a run of words on one line, and is anything under it?"""
    wanted = text.split()
    source = open(bbox_path, encoding="utf-8").read()
    pages = re.findall(r"<page[^>]*>(.*?)</page>", source, re.S)
    problems, missing = [], []
    word_re = re.compile(r'<word xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" yMax="([-\d.]+)">(.*?)</word>')
    for number, page in enumerate(pages, 1):
        words = [(float(a), float(b), float(c), float(d), html.unescape(w)) for a, b, c, d, w in word_re.findall(page)]
        found = []
        for index, word in enumerate(words):
            if word[4] != wanted[0]:
                continue
            chain, current = [index], word
            for token in wanted[1:]:
                # Next word of the run: same line, starting just after the current one.
                nxt = [j for j, w in enumerate(words)
                       if abs(w[1] - current[1]) < 0.5 and -0.5 <= w[0] - current[2] <= (current[3] - current[1])
                       and (w[4] == token or (token == wanted[-1] and w[4].startswith(token)))]
                if not nxt:
                    chain = None
                    break
                chain.append(nxt[0])
                current = words[nxt[0]]
            if chain:
                found.append(chain)
        if not found:
            missing.append(number)
            continue
        # Words drawn across another word of the same line: two texts stacked on each other.
        by_top = sorted(range(len(words)), key=lambda j: words[j][1])
        stacked_set = set()
        for position, j in enumerate(by_top):
            a = words[j]
            for k in by_top[position + 1:]:
                b = words[k]
                if b[1] - a[1] >= max(a[3] - a[1], b[3] - b[1]):
                    break
                if min(a[2], b[2]) - max(a[0], b[0]) > 0.5:
                    stacked_set.update((j, k))
        stacked = stacked_set.__contains__
        # The rest of the banner's own sentence ("… publier. Ce rapport…") continues its line with
        # ordinary word gaps: it belongs to the banner, it is not under it.
        for chain in found:
            height = words[chain[0]][3] - words[chain[0]][1]
            for step in (1, -1):
                edge = chain[-1] if step == 1 else chain[0]
                while True:
                    current = words[edge]
                    nxt = [j for j, w in enumerate(words) if j not in chain and abs(w[1] - current[1]) < 0.5
                           and not stacked(j)
                           and (0 <= w[0] - current[2] <= height if step == 1 else 0 <= current[0] - w[2] <= height)]
                    if not nxt:
                        break
                    edge = nxt[0]
                    chain.insert(len(chain) if step == 1 else 0, edge)
        in_banner = {j for chain in found for j in chain}
        hidden = []
        for chain in found:
            top = min(words[j][1] for j in chain)
            bottom = max(words[j][3] for j in chain)
            # The banner's red background reaches its padding (.4rem) above and below the text.
            pad = 0.35 * (bottom - top)
            for j, w in enumerate(words):
                if j not in hidden and w[1] < bottom + pad and w[3] > top - pad and (j not in in_banner or stacked(j)):
                    hidden.append(j)
        if hidden:
            shown = [j for j in hidden if j not in in_banner] or hidden
            sample = " ".join(words[j][4] for j in sorted(shown, key=lambda j: (words[j][1], words[j][0])))
            problems.append("page %d : le bandeau recouvre du texte (« %s »)" % (number, sample[:90]))
    print("%d" % len(pages))
    if missing:
        # Contiguous pages as ranges: "1, 3 à 7".
        ranges, start = [], missing[0]
        for previous, current in zip(missing, missing[1:] + [None]):
            if current != previous + 1:
                ranges.append(str(start) if start == previous else "%d à %d" % (start, previous))
                start = current
        label = "page" if len(missing) == 1 else "pages"
        print("%s %s : bandeau « %s » absent" % (label, ", ".join(ranges), text))
    for problem in problems:
        print(problem)


if __name__ == "__main__":
    if sys.argv[1] == "console":
        console(sys.argv[2])
    elif sys.argv[1] == "png":
        problem = png(sys.argv[2])
        if problem:
            print(problem)
    elif sys.argv[1] == "banner":
        banner(sys.argv[2], sys.argv[3])
PY

helper() { python3 "$WORK/helper.py" "$@"; }

# Runs Chromium headless on a fresh profile; stderr goes to the given log.
run_chromium() {
  local log="$1"; shift
  local profile
  profile="$(mktemp -d "$WORK/profile.XXXXXX")"
  timeout "$CHROMIUM_TIMEOUT" chromium --headless --no-sandbox --disable-gpu --hide-scrollbars \
    --user-data-dir="$profile" "$@" 2>>"$log"
  local status=$?
  rm -rf "$profile"
  return $status
}

# --- Checks --------------------------------------------------------------------------------------

failures=0
declare -A used_names=()

# check_file DIR NAME OUT : checks DIR/NAME, writes its renders to OUT; prints the summary line.
check_file() {
  local dir="$1" name="$2" out="$3"
  local file="$dir/$name" base="${name%.html}"
  local label="${dir%/}/$name"
  local errors=() notes=() warnings=()

  if [ ! -f "$file" ]; then
    echo "ÉCHEC  $label : fichier absent."
    return 1
  fi
  local url
  url="$(python3 -c 'import pathlib, sys; print(pathlib.Path(sys.argv[1]).resolve().as_uri())' "$file")"
  local png="$out/$base.png" pdf="$out/$base.pdf" dom="$out/$base.dom.html" log="$out/$base.chromium.log"
  rm -f "$png" "$pdf" "$dom" "$log"

  # Screenshot. Without the virtual time budget and the full compositor pass, a loaded machine
  # sometimes yields a capture whose lower part is not painted yet (seen 1 time in 15).
  run_chromium "$log" --run-all-compositor-stages-before-draw --virtual-time-budget=2000 \
    --screenshot="$png" --window-size=1280,2400 "$url" >/dev/null || true
  # On a loaded two-core machine Chromium once exited without writing any capture (1 file of
  # 18, twenty-fourth session; the same file rendered at once on a second run): one more run,
  # said in the summary line. A capture that is still absent, small or uniform fails.
  if [ ! -s "$png" ]; then
    run_chromium "$log" --run-all-compositor-stages-before-draw --virtual-time-budget=2000 \
      --screenshot="$png" --window-size=1280,2400 "$url" >/dev/null || true
    [ -s "$png" ] && notes+=("capture reprise une fois")
  fi
  if [ ! -s "$png" ]; then
    errors+=("capture PNG absente (rendu vide)")
  else
    local size
    size=$(stat -c %s "$png")
    if [ "$size" -lt "$MIN_PNG_BYTES" ]; then
      errors+=("capture PNG de $size octets seulement (rendu vide)")
    fi
    local uniform
    uniform="$(helper png "$png")" || uniform="analyse impossible"
    [ -n "$uniform" ] && errors+=("capture PNG : $uniform (rendu vide)")
    notes+=("capture $((size / 1024)) Ko")
  fi

  # PDF (A4 comes from the templates' @page rule; Chromium's default would be US Letter).
  run_chromium "$log" --no-pdf-header-footer --print-to-pdf="$pdf" "$url" >/dev/null || true
  local pages=0
  if [ ! -s "$pdf" ]; then
    errors+=("PDF absent")
  else
    local info
    info="$(pdfinfo "$pdf" 2>/dev/null || true)"
    pages="$(printf '%s\n' "$info" | awk '/^Pages:/ {print $2}')"
    pages="${pages:-0}"
    if [ "$pages" -eq 0 ]; then
      errors+=("PDF sans aucune page")
    fi
    if ! printf '%s\n' "$info" | grep -q '^Page size:.*(A4)'; then
      errors+=("PDF pas au format A4 ($(printf '%s\n' "$info" | sed -n 's/^Page size: *//p'))")
    fi
    notes+=("PDF $pages page(s) A4")
  fi

  # Rendered DOM.
  run_chromium "$log" --dump-dom "$url" >"$dom" || true
  if [ ! -s "$dom" ]; then
    errors+=("DOM rendu vide")
  elif [ "$name" = "review.html" ]; then
    grep -qF "$BANNER" "$dom" || errors+=("« $BANNER » absent du DOM rendu")
  elif [ "$name" = "report.html" ]; then
    grep -qF "CONFIDENTIEL" "$dom" && errors+=("le rapport public contient « CONFIDENTIEL » dans son DOM rendu")
  fi

  # Console errors (DevTools protocol).
  local console_out
  if console_out="$(timeout "$CHROMIUM_TIMEOUT" python3 "$WORK/helper.py" console "$url" 2>>"$log")"; then
    if [ -n "$console_out" ]; then
      while IFS= read -r line; do errors+=("console : $line"); done <<<"$console_out"
    else
      notes+=("aucune erreur de console")
    fi
  else
    errors+=("lecture de la console impossible (délai dépassé ou Chromium arrêté, voir $log)")
  fi

  # Every printed page of the confidential report carries the banner.
  if [ "$name" = "review.html" ] && [ "$pages" -gt 0 ]; then
    local bbox="$WORK/$base.bbox.html" result
    pdftotext "$pdf" "$out/$base.txt" 2>/dev/null || true
    if ! pdftotext -bbox "$pdf" "$bbox" 2>/dev/null || ! result="$(helper banner "$bbox" "$BANNER")"; then
      result="0"$'\n'"texte du PDF illisible : bandeau absent"
    fi
    local missing=0 overlaps=()
    while IFS= read -r line; do
      case "$line" in
        *"bandeau recouvre"*) overlaps+=("$line") ;;
        *absent*) errors+=("PDF $line"); missing=$((missing + 1)) ;;
      esac
    done <<<"$(printf '%s\n' "$result" | tail -n +2)"
    [ "$missing" -eq 0 ] && notes+=("bandeau sur les $pages page(s)")
    if [ "${#overlaps[@]}" -gt 0 ]; then
      if [ "${REPORT_CHECK_CHEVAUCHEMENT:-}" = "avertir" ]; then
        for line in "${overlaps[@]}"; do warnings+=("PDF $line"); done
      else
        for line in "${overlaps[@]}"; do errors+=("PDF $line"); done
      fi
    fi
  fi

  if [ "${#errors[@]}" -eq 0 ]; then
    local joined
    joined="$(printf '%s, ' "${notes[@]}")"
    echo "OK     $label : ${joined%, } → $out/"
    for warning in "${warnings[@]}"; do echo "         avertissement : $warning"; done
    return 0
  fi
  echo "ÉCHEC  $label :"
  for error in "${errors[@]}"; do echo "         - $error"; done
  for warning in "${warnings[@]}"; do echo "         avertissement : $warning"; done
  echo "         (rendus dans $out/)"
  return 1
}

for dir in "$@"; do
  if [ ! -d "$dir" ]; then
    echo "ÉCHEC  $dir : dossier introuvable."
    failures=$((failures + 1))
    continue
  fi
  # out/report-check/<folder name>/, suffixed when two arguments share a name.
  abs_dir="$(cd "$dir" && pwd)"
  name="$(basename "$abs_dir")"
  # A generic folder name (…/deliberations/reports) says less than its parent's.
  case "$name" in
    reports|rapports|report|rapport) name="$(basename "$(dirname "$abs_dir")")-$name" ;;
  esac
  candidate="$name"; n=2
  while [ -n "${used_names[$candidate]:-}" ]; do candidate="$name-$n"; n=$((n + 1)); done
  used_names[$candidate]=1
  out="$OUT_ROOT/$candidate"
  mkdir -p "$out"
  for file in report.html review.html; do
    check_file "$dir" "$file" "$out" || failures=$((failures + 1))
  done
done

if [ "$failures" -gt 0 ]; then
  echo "Vérification des rapports : $failures fichier(s) en échec."
  exit 1
fi
echo "Vérification des rapports : tout est correct."
