#!/usr/bin/env bash
# Refreshes resources/translations/*.ts from the sources with Qt's lupdate: new strings appear unfinished for
# the translator (Qt Linguist: `linguist resources/translations/ebmscape_zh_CN.ts`), strings gone from the code
# are dropped. Engine tables mark their text with EBM_TRANSLATE_NOOP(context, text) (core/localized_text.h).
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
for ts in resources/translations/*.ts; do
  "$lupdate" -silent -locations none -no-obsolete -tr-function-alias QT_TRANSLATE_NOOP+=EBM_TRANSLATE_NOOP \
    ui app engine -ts "$ts"
done
