// The data panel: which points the landscape should learn — a built-in data set (recipe, size, noise, seed),
// the teacher's own points from a CSV/TSV file, or points drawn on the map with a brush.
#pragma once

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QCheckBox;

namespace ebmui {

class Session;
class ViewArea;
class PointDrawingControls;

class DataPanel : public QWidget {
  Q_OBJECT
 public:
  /// Drawing points uses the map of `views`.
  DataPanel(Session* session, ViewArea* views, QWidget* parent = nullptr);

  /// The brush that draws points on the map.
  [[nodiscard]] PointDrawingControls* drawing() const { return drawing_; }

 signals:
  /// The teacher wants to import a point file (the window shows the file dialog and the progress).
  void importRequested();

 private:
  void refresh();
  void apply();

  Session* session_;
  QComboBox* dataset_;
  QSpinBox* count_;
  QCheckBox* defaultNoise_;
  QDoubleSpinBox* noise_;
  QSpinBox* seed_;
  QPushButton* regenerate_;
  QPushButton* import_;
  QLabel* info_;
  PointDrawingControls* drawing_;
  bool updating_ = false;
};

}  // namespace ebmui
