// ebmscape's entry point: the teaching window, or a headless subcommand (run_program.h).
#include "run_program.h"

int main(int argc, char** argv) {
  return ebmapp::runProgram(argc, argv);
}
