#include "argument_walker.h"

#include <cmath>

namespace ebmapp {

QString ArgumentWalker::valueOf(const QString& flag) {
  if (done() || arguments_[index_].startsWith(QStringLiteral("--")))
    throw UsageError(QStringLiteral("%1 needs a value.").arg(flag).toStdString());
  return next();
}

std::int64_t parseWholeNumber(const QString& flag, const QString& value, std::int64_t least,
                              std::int64_t most) {
  bool ok = false;
  const qlonglong n = value.toLongLong(&ok);
  if (!ok || n < least || n > most) {
    throw UsageError(QStringLiteral("%1 needs a whole number from %2 to %3, not \"%4\".")
                         .arg(flag)
                         .arg(least)
                         .arg(most)
                         .arg(value)
                         .toStdString());
  }
  return n;
}

std::uint64_t parseSeed(const QString& flag, const QString& value) {
  bool ok = false;
  const std::uint64_t seed = value.toULongLong(&ok);
  if (!ok)
    throw UsageError(
        QStringLiteral("%1 needs a whole number ≥ 0, not \"%2\".").arg(flag, value).toStdString());
  return seed;
}

double parsePositiveNumber(const QString& flag, const QString& value, double most, const QString& noun) {
  bool ok = false;
  const double x = value.toDouble(&ok);
  if (!ok || !(x > 0) || !std::isfinite(x) || x > most)
    throw UsageError(QStringLiteral("%1 needs %2, not \"%3\".").arg(flag, noun, value).toStdString());
  return x;
}

}  // namespace ebmapp
