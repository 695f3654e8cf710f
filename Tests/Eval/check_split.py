#!/usr/bin/env python3
"""Checks real evaluation splits (Tests/Eval/real-*.yaml) before they are frozen.

Usage: python3 Tests/Eval/check_split.py NEW.yaml [OTHER.yaml ...]

The first file is the split under check; the others are the earlier splits it
must not overlap. Checks: the YAML loads; every case has exactly the five keys;
every `remove`/`keep` string occurs verbatim in `text`; no text appears twice
(in the file or in the other files); no `collectivite` of the first file appears
in the other files. Prints counts; exits 1 on any failure.
"""
import sys
import yaml

KEYS = {"collectivite", "source", "text", "remove", "keep"}


def load(path):
    with open(path, encoding="utf-8") as f:
        data = yaml.safe_load(f)
    if not isinstance(data, list):
        raise SystemExit(f"{path}: not a YAML list")
    return data


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    new_path, others = argv[1], argv[2:]
    cases = load(new_path)
    errors = []
    texts = {}
    for i, c in enumerate(cases, 1):
        if set(c) != KEYS:
            errors.append(f"case {i}: keys {sorted(c)} != {sorted(KEYS)}")
            continue
        t = c["text"]
        if not isinstance(t, str) or not t.strip():
            errors.append(f"case {i}: empty text")
            continue
        if not c["source"] or not c["collectivite"]:
            errors.append(f"case {i}: missing source or collectivite")
        for key in ("remove", "keep"):
            for s in c[key]:
                if not isinstance(s, str) or s not in t:
                    errors.append(f"case {i}: {key} string {s!r} not in text {t!r}")
        for s in c["remove"]:
            if s in c["keep"]:
                errors.append(f"case {i}: {s!r} both in remove and keep")
        if t in texts:
            errors.append(f"case {i}: duplicate text (case {texts[t]}): {t!r}")
        texts[t] = i
    own = {c["collectivite"] for c in cases if isinstance(c, dict) and "collectivite" in c}
    for path in others:
        other = load(path)
        shared = own & {c.get("collectivite") for c in other}
        for name in sorted(shared):
            errors.append(f"collectivité shared with {path}: {name}")
        for c in other:
            if c.get("text") in texts:
                errors.append(f"text also in {path}: {c['text']!r}")
    n_remove = sum(len(c["remove"]) for c in cases)
    n_keep = sum(len(c["keep"]) for c in cases)
    n_private = sum(1 for c in cases if c["remove"])
    print(f"{new_path}: {len(cases)} objets, {len(own)} collectivités, "
          f"{n_remove} chaînes remove, {n_keep} chaînes keep, "
          f"{n_private} objets nommant un particulier")
    for e in errors:
        print("ERREUR:", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
