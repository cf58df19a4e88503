// The little markup lesson texts, tooltips and engine messages use, shown as rich text: e^{−E/T} with a
// real superscript, p_T with a subscript, `a.path` as code — never the raw characters.
#pragma once

#include <QString>

namespace ebmui {

/// HTML for a plain text with markup: `^{…}` → superscript, `_{…}` and a single letter after a letter's `_`
/// (p_T, Z_T) → subscript, `…` in backticks → code, newlines → line breaks. Everything else is escaped.
[[nodiscard]] QString richText(const QString& plain);

}  // namespace ebmui
