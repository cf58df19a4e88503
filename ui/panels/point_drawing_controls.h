// The Data panel's brush: draw points on the map, erase them, or clear them all, with the brush's size, its
// density and, for labelled data, the class (colour) it draws.
#pragma once

#include <QGroupBox>
#include <QPointer>
#include <string>
#include <vector>

#include "session/point_drawing.h"

class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QSpinBox;

namespace ebmui {

class Session;
class ViewArea;

/// Draw and Erase are two checkable buttons (one at most is on); while one is on, the map of `views` is the
/// brush's and drags there draw or erase instead of panning. The brush turns off when the panel is hidden
/// (another tab) or another lesson opens. Shown only for lessons with a 2D map and no experiment.
class PointDrawingControls : public QGroupBox {
  Q_OBJECT
 public:
  PointDrawingControls(Session* session, ViewArea* views, QWidget* parent = nullptr);
  ~PointDrawingControls() override;

  [[nodiscard]] PointDrawing* drawing() const { return drawing_; }
  /// The brush's radius in world units: its size, a share of the box's shorter side.
  [[nodiscard]] double brushRadius() const;

 protected:
  void hideEvent(QHideEvent* event) override;

 private:
  void refresh();
  void chooseTool(PointDrawing::Tool tool);
  void applyBrush();

  Session* session_;
  QPointer<ViewArea> views_;
  PointDrawing* drawing_;
  QPushButton* draw_;
  QPushButton* erase_;
  QPushButton* clear_;
  QSpinBox* size_;
  QSpinBox* density_;
  QComboBox* label_;
  QFormLayout* form_;
  QLabel* hint_;
  std::vector<std::string> classes_;
};

}  // namespace ebmui
