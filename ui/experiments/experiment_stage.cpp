#include "experiments/experiment_stage.h"

#include <QFontMetricsF>
#include <QLinearGradient>
#include <QMouseEvent>
#include <QPainter>
#include <algorithm>
#include <cmath>

#include "experiments/attention_stage.h"
#include "experiments/contrastive_stage.h"
#include "experiments/hopfield_stage.h"
#include "experiments/sequence_stage.h"
#include "experiments/softmax_stage.h"
#include "experiments/sudoku_stage.h"

namespace ebmui {

const StagePainter* stagePainter(const std::string& kind) {
  static const SoftmaxStage softmax;
  static const SudokuStage sudoku;
  static const HopfieldStage hopfield;
  static const ContrastiveStage contrastive;
  static const SequenceStage sequences;
  static const AttentionStage attention;
  static const std::pair<const char*, const StagePainter*> painters[] = {
      {ebm::SoftmaxExperiment::kKind, &softmax},         {ebm::SudokuExperiment::kKind, &sudoku},
      {ebm::ContrastiveExperiment::kKind, &contrastive}, {ebm::SequenceExperiment::kKind, &sequences},
      {ebm::HopfieldExperiment::kKind, &hopfield},       {ebm::AttentionExperiment::kKind, &attention},
  };
  for (const auto& [name, painter] : painters) {
    if (kind == name) return painter;
  }
  return nullptr;
}

void paintStageBackground(QPainter& painter, const QRectF& area) {
  // The VTK views' gradient (field_scene.cpp, applyBackground): dark at the bottom, lighter at the top.
  QLinearGradient gradient(area.bottomLeft(), area.topLeft());
  gradient.setColorAt(0, QColor::fromRgbF(0.07f, 0.08f, 0.10f));
  gradient.setColorAt(1, QColor::fromRgbF(0.20f, 0.23f, 0.29f));
  painter.fillRect(area, gradient);
}

QFont stageFont(const QPainter& painter, double pixels, bool bold) {
  QFont font = painter.font();
  font.setPixelSize(std::max(9, int(std::lround(pixels))));
  font.setBold(bold);
  return font;
}

void drawFittedText(QPainter& painter, const QRectF& area, int flags, const QString& text) {
  QFont font = painter.font();
  const double width = QFontMetricsF(font).horizontalAdvance(text);
  if (width > area.width() && width > 0) {
    font.setPixelSize(std::max(8, int(font.pixelSize() * area.width() / width)));
    painter.setFont(font);
  }
  painter.drawText(area, flags, text);
}

StageWidget::StageWidget(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("stage"));
  setAttribute(Qt::WA_OpaquePaintEvent);
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void StageWidget::showFrame(const std::shared_ptr<const ebm::ExperimentFrame>& frame) {
  if (frame == frame_) return;
  frame_ = frame;
  update();
}

void StageWidget::paintEvent(QPaintEvent* /*event*/) {
  QPainter painter(this);
  painter.setRenderHint(QPainter::Antialiasing);
  const QRectF area = rect();
  paintStageBackground(painter, area);
  if (!frame_) return;
  if (const StagePainter* p = stagePainter(frame_->kind)) p->paint(painter, area, *frame_);
}

void StageWidget::mousePressEvent(QMouseEvent* event) {
  emit pointerAt(event->position(), size(), event->buttons());
}

void StageWidget::mouseMoveEvent(QMouseEvent* event) {
  if (event->buttons() != Qt::NoButton) emit pointerAt(event->position(), size(), event->buttons());
}

void StageWidget::mouseReleaseEvent(QMouseEvent* /*event*/) {
  emit pointerReleased();
}

}  // namespace ebmui
