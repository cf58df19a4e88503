// The ui test program: a QApplication with VTK's OpenGL format, then GoogleTest. Needs an X display
// (xvfb-run).
#include <gtest/gtest.h>

#include <QApplication>
#include <QSurfaceFormat>

#include "session/memory_policy.h"
#include "vtk/vtk_view.h"

int main(int argc, char** argv) {
  ::testing::InitGoogleTest(&argc, argv);
  ebmui::useReturnableMemory();  // as the program does
  QSurfaceFormat::setDefaultFormat(ebmui::vtkSurfaceFormat());
  QApplication app(argc, argv);
  return RUN_ALL_TESTS();
}
