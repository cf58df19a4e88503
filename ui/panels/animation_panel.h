// The animation panel: a timeline of keyframes for any slider and the camera, and a preview that plays it in
// the window — what an exported video will show.
#pragma once

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSlider;
class QSpinBox;
class QTableWidget;
class QTimer;

namespace ebmui {

class Session;

/// Edits Lesson::animation (undoable) and previews it: while playing, every keyframed lesson parameter is set
/// for the current time (without undo steps) and the camera follows "camera.azimuth"/"camera.elevation".
class AnimationPanel : public QWidget {
  Q_OBJECT
 public:
  explicit AnimationPanel(Session* session, QWidget* parent = nullptr);

  /// Shows the animation at `seconds` (parameters and camera), as the preview and the export do.
  void showTime(double seconds);
  [[nodiscard]] bool playing() const;
  void setPlaying(bool playing);

 signals:
  /// The camera keyframes at the shown time (degrees): the window turns its main view.
  void cameraOrbit(double azimuth, double elevation);
  /// The teacher asked to export the animation (File ▸ Export Animation…).
  void exportRequested();

 private:
  void listParameters();
  void refresh();
  void addKeyframe();
  void removeSelected();
  void applyTable();
  void applyTiming();

  Session* session_;
  QDoubleSpinBox* duration_;
  QSpinBox* fps_;
  QComboBox* parameter_;
  QPushButton* add_;
  QPushButton* remove_;
  QTableWidget* table_;
  QSlider* scrubber_;
  QLabel* timeLabel_;
  QPushButton* play_;
  QTimer* clock_;
  double time_ = 0;
  bool updating_ = false;
};

}  // namespace ebmui
