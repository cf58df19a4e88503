// The sequence watchdog's panel: the false-alarm target and the smoothing α, buttons that draw a normal or an
// attack session, the rates on fresh sessions, and the learned table of transition energies u(a → b).
#pragma once

#include "experiments/experiment_panel.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace ebmui {

class ParameterSlider;

class SequencePanel : public ExperimentPanel {
  Q_OBJECT
 public:
  explicit SequencePanel(Session* session, QWidget* parent = nullptr);
  [[nodiscard]] QString title() const override { return tr("Watchdog"); }
  [[nodiscard]] QString toolTip() const override {
    return tr(
        "A conditional energy u(a → b) = −log p(b | a) learned from normal sessions flags surprising ones");
  }
  void showFrame(const ebm::Frame& frame) override;

 private:
  ParameterSlider *target_, *smoothing_;
  QPushButton *normal_, *attack_;
  QLabel* rates_;
  QTableWidget* table_;
};

}  // namespace ebmui
