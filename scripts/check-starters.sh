#!/usr/bin/env bash
# `boomerang init` in every language, checked as a new user would meet it (issue 21):
# the project builds empty, then with the example's data copied in, without a word on stderr;
# every page passes the Nu HTML checker; the front page and a dossier open cleanly in headless
# Chromium at 375 and 1280 px; and the dossier printed to PDF has the locale's paper (Letter
# for en_US, A4 for the others, A4 again with --paper a4) and the text of a "How to confirm"
# section, which the page keeps folded. Screenshots and PDFs of the Russian, Romanian and
# Persian dossiers go to $SHOTS (default /tmp/shots) for a person to look at.
set -euo pipefail
bin="${1:?usage: scripts/check-starters.sh BOOMERANG_BINARY [WORK_DIR]}"
work="${2:-.build/check-starters}"
shots="${SHOTS:-/tmp/shots}"
# C014 left over delivery: its dossier shows the delivery playbook's sections.
customer=C014
reason=delivery
rm -rf "$work"
mkdir -p "$work" "$shots"

fail() { echo "check-starters: $*" >&2; exit 1; }

# Builds quietly; anything on stderr (a warning included) fails the check.
build_silently() {
  local log="$work/build.log"
  "$bin" build --quiet --root "$1" 2> "$log" || { cat "$log" >&2; fail "$1 did not build"; }
  [ ! -s "$log" ] || { cat "$log" >&2; fail "$1 built with messages on stderr"; }
}

# The first line of the reason's "How to confirm" section in this language's starter, as
# words: pdftotext may break lines elsewhere than the page does.
confirm_words() {
  awk -v heading="$2" '$0 == "## " heading {on=1; next} on && /^- / {sub(/^- /, ""); print; exit}' \
    "starters/$1/playbooks/reasons/$reason.md" | awk '{print $1, $2, $3}'
}

# The `diagnose` heading of the starter's reason playbook (How to confirm in English).
confirm_heading() {
  sed -n 's/^  diagnose: "\(.*\)"$/\1/p' "starters/$1/playbooks/reasons/$reason.md" | grep . || echo "How to confirm"
}

for lang in en ru ro fa; do
  dir="$work/$lang"
  "$bin" init "$dir" --lang "$lang" > /dev/null
  build_silently "$dir"
  scripts/check-html.sh "$dir/output"
  cp content/data/*.csv "$dir/content/data/"
  build_silently "$dir"
  scripts/check-html.sh "$dir/output"
  python3 scripts/check-browser.py "$dir/output" --artifacts "$work/browser" \
    --pages "$lang-index=index.html" "$lang-dossier=customers/$customer.html"

  pdf="$work/$lang.pdf"
  "$bin" dossier "$customer" --format pdf --root "$dir" --output "$pdf" 2> /dev/null
  paper=A4; [ "$lang" = en ] && paper=letter
  pdfinfo "$pdf" | grep -q "^Page size:.*($paper)" || fail "$pdf: expected $paper paper, pdfinfo says: $(pdfinfo "$pdf" | grep '^Page size')"
  text="$(pdftotext "$pdf" - | tr -s ' \n' '  ')"
  heading="$(confirm_heading "$lang")"
  words="$(confirm_words "$lang" "$heading")"
  [ -n "$words" ] || fail "no first line found under \"$heading\" in starters/$lang/playbooks/reasons/$reason.md"
  [[ "$text" == *"$heading"* ]] || fail "$pdf: no \"$heading\" heading in the PDF text"
  [[ "$text" == *"$words"* ]] || fail "$pdf: the \"$heading\" section's text (\"$words\") is not in the PDF"
  echo "check-starters: $lang: $customer.pdf on $paper with \"$heading\" printed open"

  if [ "$lang" != en ]; then
    cp "$work/browser/$lang-dossier-1280.png" "$shots/dossier-$lang-1280.png"
    cp "$work/browser/$lang-dossier-375.png" "$shots/dossier-$lang-375.png"
    cp "$pdf" "$shots/dossier-$lang.pdf"
  fi
done

# --paper overrides the locale's paper.
"$bin" dossier "$customer" --format pdf --paper a4 --root "$work/en" --output "$work/en-a4.pdf" 2> /dev/null
pdfinfo "$work/en-a4.pdf" | grep -q "^Page size:.*(A4)" || fail "--paper a4 did not give A4"
echo "check-starters: every language builds, validates, opens and prints; screenshots in $shots"
