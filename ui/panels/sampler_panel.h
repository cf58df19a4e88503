// The sampler panel: which MCMC method moves the particles, how many, how far per step — and whether they
// sample p_T (a histogram of their energies against the Boltzmann prediction).
#pragma once

#include <QWidget>

#include "simulation/frame.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace ebmui {

class Session;
class ParameterSlider;
class HistogramChart;
class RateChart;

class SamplerPanel : public QWidget {
  Q_OBJECT
 public:
  explicit SamplerPanel(Session* session, QWidget* parent = nullptr);
  void showFrame(const ebm::Frame& frame);

 signals:
  /// The teacher asked to put the particles back at their start (a new draw from the seed).
  void resetRequested();

 private:
  void refresh();
  void apply();

  Session* session_;
  QComboBox* method_;
  ParameterSlider* particles_;
  ParameterSlider* stepSize_;
  QSpinBox* stepsPerFrame_;
  QSpinBox* leapfrogSteps_;
  QSpinBox* trailLength_;
  QComboBox* walls_;
  QCheckBox* startFromData_;
  QSpinBox* seed_;
  QPushButton* play_;
  QPushButton* reset_;
  QLabel* stats_;
  QLabel* mixing_;  ///< "the particles have not mixed yet", or how close they are
  HistogramChart* histogram_;
  RateChart* rates_;
  bool updating_ = false;
};

}  // namespace ebmui
