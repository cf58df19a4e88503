// A slider for one named lesson parameter (temperature, α, …): linear or logarithmic, with a number box, the
// physics in its tooltip, and one undo step per drag.
#pragma once

#include <QWidget>

class QLabel;
class QSlider;
class QDoubleSpinBox;

namespace ebmui {

class Session;

/// Shows and edits one parameter of the session's lesson. Follows the parameter when it changes elsewhere
/// (undo, keyframes, a loaded lesson) without echoing the change back.
class ParameterSlider : public QWidget {
  Q_OBJECT
 public:
  ParameterSlider(Session* session, const QString& parameter, QWidget* parent = nullptr);

  [[nodiscard]] const QString& parameter() const { return parameter_; }
  [[nodiscard]] QSlider* slider() const { return slider_; }
  [[nodiscard]] double value() const;
  /// Names the parameter as this lesson does ("Softmax temperature τ" for the lesson-wide T), with its
  /// tooltip.
  void setLabel(const QString& text, const QString& tooltip);
  /// Narrows the slider's range (e.g. the anomaly threshold to the energies seen); the value is kept.
  void setRange(double lowest, double highest);

 private:
  void showValue(double value);
  [[nodiscard]] int toSlider(double value) const;
  [[nodiscard]] double fromSlider(int position) const;

  Session* session_;
  QString parameter_;
  double lowest_, highest_;
  bool logScale_;
  QLabel* label_;
  QSlider* slider_;
  QDoubleSpinBox* box_;
  bool updating_ = false;
};

}  // namespace ebmui
