// The File ▸ Export Animation… dialog: format, resolution (720p, 1080p, 4K or custom), frame rate, duration
// and destination of an animation export, checked before it is accepted.
#pragma once

#include <QDialog>

#include "export/animation_exporter.h"
#include "io/lesson.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace ebmui {

/// Asks for ExportSettings. Starts from the lesson's frame rate and duration and the last format, size and
/// folder used (QSettings); remembers them on accept. accept() refuses invalid settings with the reason
/// shown in the dialog.
class ExportDialog : public QDialog {
  Q_OBJECT
 public:
  ExportDialog(const ebm::Lesson& lesson, const QString& suggestedName, QWidget* parent = nullptr);

  /// The settings chosen (valid once the dialog was accepted).
  [[nodiscard]] ExportSettings settings() const;

  void accept() override;

 private:
  [[nodiscard]] ExportFormat chosenFormat() const;
  void formatChanged();
  void resolutionChanged();
  void browse();
  void remember() const;

  QComboBox* format_;
  QComboBox* resolution_;
  QSpinBox* width_;
  QSpinBox* height_;
  QSpinBox* framesPerSecond_;
  QDoubleSpinBox* duration_;
  QLineEdit* path_;
  QLabel* problem_;
  QLabel* frames_;
};

}  // namespace ebmui
