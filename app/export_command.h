// `ebmscape export`: a lesson's animation exported headless (under Xvfb) as MP4, GIF or PNG frames, with
// progress on stderr and a clean cancel on Ctrl+C or SIGTERM.
#pragma once

#include "command_line.h"

namespace ebmapp {

/// Runs an export command. Returns 0 when the result is written, 1 after a cancel (nothing is left behind).
/// Throws UsageError for settings the lesson cannot be exported with (exit 2), ebm::Error for failures (exit
/// 1). Progress goes to stderr as "frame N/M" lines (the window's export dialog reads them).
int runExport(const Command& command);

}  // namespace ebmapp
