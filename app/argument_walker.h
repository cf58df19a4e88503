// Reading a subcommand's arguments: "--flag value" pairs and words, and the numbers they hold — each refused
// with a UsageError that names the flag and the value.
#pragma once

#include <QString>
#include <QStringList>
#include <cstdint>
#include <stdexcept>
#include <utility>

namespace ebmapp {

/// A command line that does not fit the usage; the program prints what() and the usage, and exits with 2.
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// Walks "--flag value" pairs and positional arguments, front to back.
class ArgumentWalker {
 public:
  explicit ArgumentWalker(QStringList arguments) : arguments_(std::move(arguments)) {}
  [[nodiscard]] bool done() const { return index_ >= arguments_.size(); }
  /// The next argument (call only when not done()).
  QString next() { return arguments_[index_++]; }
  /// The value after `flag`. Throws UsageError "FLAG needs a value." at the end or before another --flag.
  QString valueOf(const QString& flag);

 private:
  QStringList arguments_;
  qsizetype index_ = 0;
};

/// A whole number from `least` to `most`. Throws UsageError "FLAG needs a whole number from LEAST to MOST,
/// not "VALUE"." otherwise.
[[nodiscard]] std::int64_t parseWholeNumber(const QString& flag, const QString& value, std::int64_t least,
                                            std::int64_t most);

/// A random seed: any whole number ≥ 0 that fits 64 bits. Throws UsageError otherwise.
[[nodiscard]] std::uint64_t parseSeed(const QString& flag, const QString& value);

/// A finite number above 0 and at most `most`. Throws UsageError "FLAG needs NOUN, not "VALUE"." otherwise
/// (`noun`: "a positive number", "a positive number of seconds"); Qt reads "inf" and "nan" as numbers, and
/// they are refused here too.
[[nodiscard]] double parsePositiveNumber(const QString& flag, const QString& value, double most,
                                         const QString& noun);

}  // namespace ebmapp
