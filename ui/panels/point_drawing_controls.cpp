#include "panels/point_drawing_controls.h"

#include <QColor>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHideEvent>
#include <QIcon>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>

#include "core/errors.h"
#include "i18n/language.h"
#include "session/session.h"
#include "style/palette.h"
#include "vtk/view_area.h"

namespace ebmui {
namespace {

using Tool = PointDrawing::Tool;

// A dot in the colour the views draw class `label` in.
QIcon classSwatch(int label) {
  QPixmap pixmap(14, 14);
  pixmap.fill(Qt::transparent);
  QPainter painter(&pixmap);
  painter.setRenderHint(QPainter::Antialiasing);
  painter.setPen(Qt::NoPen);
  painter.setBrush(palette::classColour(label).qcolor());
  painter.drawEllipse(QRectF(1, 1, 12, 12));
  return QIcon(pixmap);
}

// Drawing needs the map: a 2D lesson whose map is not an experiment's stage.
bool canDraw(const ebm::Lesson& lesson) {
  return lesson.box.dimension == 2 && !lesson.hasExperiment();
}

}  // namespace

PointDrawingControls::PointDrawingControls(Session* session, ViewArea* views, QWidget* parent)
    : QGroupBox(tr("Draw on the map"), parent),
      session_(session),
      views_(views),
      drawing_(new PointDrawing(session, this)) {
  setObjectName(QStringLiteral("pointDrawing"));
  draw_ = new QPushButton(tr("Draw"), this);
  draw_->setObjectName(QStringLiteral("drawPoints"));
  draw_->setCheckable(true);
  draw_->setToolTip(tr("Drag on the map to spray points where the brush passes (one undo step per stroke)"));
  erase_ = new QPushButton(tr("Erase"), this);
  erase_->setObjectName(QStringLiteral("erasePoints"));
  erase_->setCheckable(true);
  erase_->setToolTip(tr("Drag on the map to remove the points under the brush (one undo step per stroke)"));
  clear_ = new QPushButton(tr("Clear"), this);
  clear_->setObjectName(QStringLiteral("clearPoints"));
  clear_->setToolTip(tr("Remove every point, to draw a data set of your own from nothing (undoable)"));
  size_ = new QSpinBox(this);
  size_->setObjectName(QStringLiteral("brushSize"));
  size_->setRange(1, 50);
  size_->setValue(5);
  size_->setSuffix(tr(" % of the map"));
  size_->setToolTip(tr("The brush's radius, as a share of the map's shorter side"));
  density_ = new QSpinBox(this);
  density_->setObjectName(QStringLiteral("brushDensity"));
  density_->setRange(1, 500);
  density_->setValue(20);
  density_->setSuffix(tr(" per brush width"));
  density_->setToolTip(tr("How many points the brush sprays per brush width of stroke (and on a click)"));
  label_ = new QComboBox(this);
  label_->setObjectName(QStringLiteral("drawClass"));
  label_->setToolTip(tr("The class, and so the colour, of the points you draw"));
  hint_ = new QLabel(tr("Drag on the map with the brush; the middle button pans, the wheel zooms."), this);
  hint_->setWordWrap(true);
  hint_->hide();

  auto* tools = new QHBoxLayout;
  tools->addWidget(draw_);
  tools->addWidget(erase_);
  tools->addWidget(clear_);
  form_ = new QFormLayout;
  form_->addRow(tr("Brush"), size_);
  form_->addRow(tr("Density"), density_);
  form_->addRow(tr("Class"), label_);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(tools);
  layout->addLayout(form_);
  layout->addWidget(hint_);

  connect(draw_, &QPushButton::toggled, this, [this](bool on) {
    chooseTool(on ? Tool::Spray : erase_->isChecked() ? Tool::Erase : Tool::None);
  });
  connect(erase_, &QPushButton::toggled, this, [this](bool on) {
    chooseTool(on ? Tool::Erase : draw_->isChecked() ? Tool::Spray : Tool::None);
  });
  connect(clear_, &QPushButton::clicked, drawing_, &PointDrawing::clear);
  connect(size_, &QSpinBox::valueChanged, this, &PointDrawingControls::applyBrush);
  connect(density_, &QSpinBox::valueChanged, this, &PointDrawingControls::applyBrush);
  connect(label_, &QComboBox::currentIndexChanged, this, &PointDrawingControls::applyBrush);
  connect(session_, &Session::lessonReplaced, this, [this] {
    chooseTool(Tool::None);
    refresh();
  });
  connect(session_, &Session::changed, this, [this](LessonPart part) {
    if (part == LessonPart::Data || part == LessonPart::Box) refresh();
  });
  refresh();
}

PointDrawingControls::~PointDrawingControls() {
  if (views_) views_->setMapBrush({});
}

double PointDrawingControls::brushRadius() const {
  const ebm::Box& box = session_->lesson().box;
  return size_->value() / 100.0 * std::min(box.width(0), box.width(1));
}

void PointDrawingControls::hideEvent(QHideEvent* event) {
  // Another tab, or a lesson without a map: the map goes back to the camera. (A minimized window keeps it.)
  if (!event->spontaneous()) chooseTool(Tool::None);
  QGroupBox::hideEvent(event);
}

void PointDrawingControls::refresh() {
  const ebm::Lesson& lesson = session_->lesson();
  setVisible(canDraw(lesson));
  if (!canDraw(lesson)) return;
  std::vector<std::string> classes;
  try {
    classes = ebm::drawableClasses(lesson.data);
  } catch (const ebm::Error&) {
    // an unknown generator: the engine reports it; there is nothing to colour by
  }
  if (classes != classes_) {
    const int chosen = std::max(0, label_->currentIndex());
    classes_ = classes;
    const QSignalBlocker quiet(label_);
    label_->clear();
    for (std::size_t k = 0; k < classes_.size(); ++k)
      label_->addItem(classSwatch(int(k)), classText(classes_[k]));
    label_->setCurrentIndex(std::min(chosen, label_->count() - 1));
  }
  form_->setRowVisible(label_, !classes_.empty());
  const auto& data = lesson.data;
  clear_->setEnabled(data.source == ebm::DataSpec::Source::Generated ||
                     (data.source == ebm::DataSpec::Source::Points && data.points.cols() > 0));
  applyBrush();
}

void PointDrawingControls::chooseTool(PointDrawing::Tool tool) {
  {
    const QSignalBlocker quietDraw(draw_), quietErase(erase_);
    draw_->setChecked(tool == Tool::Spray);
    erase_->setChecked(tool == Tool::Erase);
  }
  hint_->setVisible(tool != Tool::None);
  if (tool == drawing_->tool()) return;
  drawing_->setTool(tool);
  if (!views_) return;
  if (tool == Tool::None) {
    views_->setMapBrush({});
    return;
  }
  // The brush needs the map on screen.
  if (session_->lesson().view.layout == ebm::ViewSettings::Layout::Landscape) {
    session_->applyWithoutUndo([](ebm::Lesson& l) { l.view.layout = ebm::ViewSettings::Layout::SideBySide; },
                               LessonPart::View);
  }
  views_->setMapBrush(
      [drawing = QPointer<PointDrawing>(drawing_)](GrabPhase phase, const Eigen::Vector2d& point) {
        if (!drawing) return;
        switch (phase) {
          case GrabPhase::Press:
            drawing->press(point);
            break;
          case GrabPhase::Move:
            drawing->moveTo(point);
            break;
          case GrabPhase::Release:
            drawing->release(point);
            break;
          case GrabPhase::Hover:
            break;
        }
      },
      brushRadius());
}

void PointDrawingControls::applyBrush() {
  ebm::PointBrush brush;
  brush.radius = brushRadius();
  brush.density = density_->value();
  brush.label = std::max(0, label_->currentIndex());
  drawing_->setBrush(brush);
  if (views_) views_->setBrushRadius(brush.radius);
}

}  // namespace ebmui
