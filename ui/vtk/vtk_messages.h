// VTK's warnings and errors go where Qt's go: one message handler sees both (tests fail on them, the
// program's log holds them in order with Qt's), instead of VTK's own coloured lines on stderr.
#pragma once

namespace ebmui {

/// Makes VTK report through Qt's messages: errors as qCritical, warnings as qWarning, both starting "VTK: ";
/// plain text and debug output as qDebug. Call once, before the first view is made.
void routeVtkMessagesToQt();

}  // namespace ebmui
