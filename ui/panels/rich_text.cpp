#include "panels/rich_text.h"

#include <QRegularExpression>

namespace ebmui {

QString richText(const QString& plain) {
  QString html = plain.toHtmlEscaped();
  static const QRegularExpression superscript(QStringLiteral("\\^\\{([^{}]*)\\}"));
  static const QRegularExpression subscript(QStringLiteral("_\\{([^{}]*)\\}"));
  // p_T, Z_T, E_θ: one letter after a letter, not part of a longer word (gaussian_mixture stays as it is).
  static const QRegularExpression letterSubscript(QStringLiteral("(?<=\\b\\p{L})_(\\p{L})(?!\\p{L})"),
                                                  QRegularExpression::UseUnicodePropertiesOption);
  static const QRegularExpression code(QStringLiteral("`([^`]*)`"));
  html.replace(superscript, QStringLiteral("<sup>\\1</sup>"));
  html.replace(subscript, QStringLiteral("<sub>\\1</sub>"));
  html.replace(letterSubscript, QStringLiteral("<sub>\\1</sub>"));
  html.replace(code, QStringLiteral("<code>\\1</code>"));
  html.replace('\n', QStringLiteral("<br>"));
  return html;
}

}  // namespace ebmui
