// The ui test program: a QApplication, then GoogleTest. Needs an X display
// (xvfb-run).
#include <gtest/gtest.h>

#include <QApplication>

#include "session/memory_policy.h"
#include "vtk/vtk_messages.h"

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  ebmui::useReturnableMemory();   // as the program does
  ebmui::routeVtkMessagesToQt();  // as the program does
  QApplication app(argc, argv);
  return RUN_ALL_TESTS();
}
