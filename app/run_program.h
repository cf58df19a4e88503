// What the ebmscape program does with its command line: main() is only a call to runProgram(), so that all of
// the program but its entry point is the ebmscape_cli library the tests link.
#pragma once

namespace ebmapp {

/// Parses the command line (argv[0] is the program) and runs what it asks: the window, or a headless
/// subcommand. Returns the exit code: 0 done, 1 a failure (its message on stderr), 2 a command line that does
/// not fit the usage (the reason and the usage on stderr).
int runProgram(int argc, char** argv);

}  // namespace ebmapp
