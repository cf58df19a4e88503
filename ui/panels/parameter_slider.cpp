#include "panels/parameter_slider.h"

#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QVBoxLayout>
#include <cmath>

#include "i18n/language.h"
#include "io/lesson_parameters.h"
#include "panels/rich_text.h"
#include "session/session.h"

namespace ebmui {
namespace {
constexpr int kSteps = 1000;
}

ParameterSlider::ParameterSlider(Session* session, const QString& parameter, QWidget* parent)
    : QWidget(parent), session_(session), parameter_(parameter) {
  const auto& info = ebm::parameterInfo(parameter.toStdString());
  lowest_ = info.lowest;
  highest_ = info.highest;
  logScale_ = info.logScale;

  label_ = new QLabel(engineText(info.label), this);
  slider_ = new QSlider(Qt::Horizontal, this);
  slider_->setRange(0, kSteps);
  slider_->setObjectName(parameter + QStringLiteral("Slider"));
  box_ = new QDoubleSpinBox(this);
  box_->setDecimals(info.integer ? 0 : (logScale_ ? 4 : 3));
  box_->setRange(lowest_, highest_);
  box_->setKeyboardTracking(false);
  box_->setMinimumWidth(80);
  if (logScale_ && !info.integer) box_->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
  const QString tip = richText(engineText(info.tooltip));
  for (QWidget* w :
       {static_cast<QWidget*>(label_), static_cast<QWidget*>(slider_), static_cast<QWidget*>(box_)}) {
    w->setToolTip(tip);
  }

  auto* row = new QHBoxLayout;
  row->addWidget(slider_, 1);
  row->addWidget(box_);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 2, 0, 2);
  layout->setSpacing(1);
  layout->addWidget(label_);
  layout->addLayout(row);

  connect(slider_, &QSlider::valueChanged, this, [this](int position) {
    if (!updating_) session_->setParameter(parameter_, fromSlider(position));
  });
  connect(box_, &QDoubleSpinBox::valueChanged, this, [this](double value) {
    if (!updating_) session_->setParameter(parameter_, value);
  });
  connect(session_, &Session::parameterChanged, this, [this](const QString& name, double value) {
    if (name == parameter_) showValue(value);
  });
  connect(session_, &Session::lessonReplaced, this, [this] { showValue(session_->parameter(parameter_)); });
  // A whole-lesson step (a data change that recalibrated the threshold, and its undo) moves parameters too.
  connect(session_, &Session::changed, this, [this](LessonPart part) {
    if (part != LessonPart::Parameters) showValue(session_->parameter(parameter_));
  });
  showValue(session_->parameter(parameter_));
}

double ParameterSlider::value() const {
  return box_->value();
}

void ParameterSlider::setLabel(const QString& text, const QString& tooltip) {
  label_->setText(text);
  for (QWidget* w :
       {static_cast<QWidget*>(label_), static_cast<QWidget*>(slider_), static_cast<QWidget*>(box_)}) {
    w->setToolTip(tooltip);
  }
}

void ParameterSlider::setRange(double lowest, double highest) {
  if (!(highest > lowest)) return;
  lowest_ = lowest;
  highest_ = highest;
  const QSignalBlocker blocker(box_);
  box_->setRange(lowest, highest);
  showValue(session_->parameter(parameter_));
}

void ParameterSlider::showValue(double value) {
  updating_ = true;
  slider_->setValue(toSlider(value));
  box_->setValue(value);
  updating_ = false;
}

int ParameterSlider::toSlider(double value) const {
  double s;
  if (logScale_) {
    s = (std::log(std::max(value, lowest_)) - std::log(lowest_)) / (std::log(highest_) - std::log(lowest_));
  } else {
    s = (value - lowest_) / (highest_ - lowest_);
  }
  return int(std::lround(std::clamp(s, 0.0, 1.0) * kSteps));
}

double ParameterSlider::fromSlider(int position) const {
  const double s = double(position) / kSteps;
  if (logScale_) return std::exp(std::log(lowest_) + s * (std::log(highest_) - std::log(lowest_)));
  return lowest_ + s * (highest_ - lowest_);
}

}  // namespace ebmui
