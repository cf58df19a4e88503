// What File ▸ Export Animation… does: asks for the settings, then exports the lesson in the background with
// a progress dialog and a Cancel button, while the window stays live.
#pragma once

#include <QString>

#include "io/lesson.h"

class QWidget;

namespace ebmui {

class VtkView;

/// Shows the export dialog for `lesson` (as it is now); on Export, runs an ExportProcess with a non-modal
/// progress dialog and reports the result in a message box. If the teacher turned `mainView`'s camera, the
/// export starts from that camera. `program` is the ebmscape to run the export with (default: this program).
/// Returns at once.
void launchAnimationExport(QWidget* parent, const ebm::Lesson& lesson, VtkView* mainView = nullptr,
                           const QString& program = {});

}  // namespace ebmui
