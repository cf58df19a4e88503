#include "vtk/vtk_messages.h"

#include <vtkNew.h>
#include <vtkObjectFactory.h>
#include <vtkOutputWindow.h>

#include <QByteArray>
#include <QtGlobal>

namespace ebmui {
namespace {

QByteArray trimmed(const char* text) {
  return QByteArray(text).trimmed();
}

class QtOutputWindow : public vtkOutputWindow {
 public:
  static QtOutputWindow* New();
  vtkTypeMacro(QtOutputWindow, vtkOutputWindow);

  void DisplayText(const char* text) override { qDebug("VTK: %s", trimmed(text).constData()); }
  void DisplayErrorText(const char* text) override { qCritical("VTK: %s", trimmed(text).constData()); }
  void DisplayWarningText(const char* text) override { qWarning("VTK: %s", trimmed(text).constData()); }
  void DisplayGenericWarningText(const char* text) override {
    qWarning("VTK: %s", trimmed(text).constData());
  }
  void DisplayDebugText(const char* text) override { qDebug("VTK: %s", trimmed(text).constData()); }
};

vtkStandardNewMacro(QtOutputWindow);

}  // namespace

void routeVtkMessagesToQt() {
  vtkNew<QtOutputWindow> window;
  vtkOutputWindow::SetInstance(window);
}

}  // namespace ebmui
