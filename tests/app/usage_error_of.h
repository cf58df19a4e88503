// The reason parseCommandLine() gives for refusing a command line, for the command-line unit tests.
#pragma once

#include <QStringList>
#include <string>

#include "command_line.h"

namespace ebmtest {

/// The UsageError's what() for `arguments`, or a text saying they were accepted (which no reason equals).
inline std::string usageErrorOf(const QStringList& arguments) {
  try {
    (void)ebmapp::parseCommandLine(arguments);
  } catch (const ebmapp::UsageError& e) {
    return e.what();
  }
  return "(accepted: " + arguments.join(' ').toStdString() + ")";
}

}  // namespace ebmtest
