#include "panels/animation_panel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "i18n/language.h"
#include "io/lesson_parameters.h"
#include "session/session.h"

namespace ebmui {
namespace {
constexpr int kScrubSteps = 1000;
constexpr int kPreviewIntervalMs = 33;
}  // namespace

AnimationPanel::AnimationPanel(Session* session, QWidget* parent) : QWidget(parent), session_(session) {
  duration_ = new QDoubleSpinBox(this);
  duration_->setRange(0.5, 3600);
  duration_->setDecimals(1);
  duration_->setSuffix(tr(" s"));
  duration_->setKeyboardTracking(false);
  duration_->setToolTip(tr("How long the animation lasts"));
  fps_ = new QSpinBox(this);
  fps_->setRange(1, 120);
  fps_->setSuffix(tr(" fps"));
  fps_->setKeyboardTracking(false);
  fps_->setToolTip(tr("Frames per second of an exported video"));
  parameter_ = new QComboBox(this);
  parameter_->setToolTip(tr("The slider (or camera angle) a new keyframe animates"));
  add_ = new QPushButton(tr("Add keyframe"), this);
  add_->setToolTip(tr("Key the chosen parameter at the current time with its current value"));
  remove_ = new QPushButton(tr("Remove"), this);
  remove_->setToolTip(tr("Remove the selected keyframes"));
  remove_->setEnabled(false);  // until keyframes are selected
  table_ = new QTableWidget(0, 3, this);
  table_->setHorizontalHeaderLabels({tr("time (s)"), tr("parameter"), tr("value")});
  table_->horizontalHeader()->setStretchLastSection(true);
  table_->verticalHeader()->hide();
  table_->setSelectionBehavior(QAbstractItemView::SelectRows);
  table_->setToolTip(tr("Double-click a time or a value to change it"));
  table_->setMinimumHeight(160);
  scrubber_ = new QSlider(Qt::Horizontal, this);
  scrubber_->setRange(0, kScrubSteps);
  scrubber_->setObjectName(QStringLiteral("animationScrubber"));
  scrubber_->setToolTip(tr("Drag through time: the window shows the animation at that moment"));
  timeLabel_ = new QLabel(this);
  play_ = new QPushButton(tr("Preview"), this);
  play_->setObjectName(QStringLiteral("previewButton"));
  play_->setCheckable(true);
  play_->setToolTip(tr("Play the animation in the window, as it will be exported"));
  auto* exportButton = new QPushButton(tr("Export…"), this);
  exportButton->setObjectName(QStringLiteral("exportAnimationButton"));
  exportButton->setToolTip(tr("Render the animation to MP4, GIF or PNG frames"));
  clock_ = new QTimer(this);
  clock_->setInterval(kPreviewIntervalMs);

  auto* timing = new QFormLayout;
  timing->addRow(tr("Duration"), duration_);
  timing->addRow(tr("Frame rate"), fps_);
  auto* keyRow = new QHBoxLayout;
  keyRow->addWidget(parameter_, 1);
  keyRow->addWidget(add_);
  keyRow->addWidget(remove_);
  auto* playRow = new QHBoxLayout;
  playRow->addWidget(play_);
  playRow->addWidget(timeLabel_, 1);
  playRow->addWidget(exportButton);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(timing);
  layout->addLayout(keyRow);
  layout->addWidget(table_, 1);
  layout->addWidget(scrubber_);
  layout->addLayout(playRow);

  connect(duration_, &QDoubleSpinBox::valueChanged, this, &AnimationPanel::applyTiming);
  connect(fps_, &QSpinBox::valueChanged, this, &AnimationPanel::applyTiming);
  connect(add_, &QPushButton::clicked, this, &AnimationPanel::addKeyframe);
  connect(remove_, &QPushButton::clicked, this, &AnimationPanel::removeSelected);
  connect(table_, &QTableWidget::itemSelectionChanged, this,
          [this] { remove_->setEnabled(!table_->selectedRanges().isEmpty()); });
  connect(table_, &QTableWidget::itemChanged, this, [this] { applyTable(); });
  connect(scrubber_, &QSlider::valueChanged, this, [this](int position) {
    if (!updating_) showTime(session_->lesson().animation.duration * position / kScrubSteps);
  });
  connect(play_, &QPushButton::toggled, this, &AnimationPanel::setPlaying);
  connect(exportButton, &QPushButton::clicked, this, &AnimationPanel::exportRequested);
  connect(clock_, &QTimer::timeout, this, [this] {
    const double duration = session_->lesson().animation.duration;
    double next = time_ + kPreviewIntervalMs / 1000.0;
    if (next > duration) next = 0;  // the preview loops
    showTime(next);
  });
  connect(session_, &Session::lessonReplaced, this, [this] {
    beforePreview_.clear();  // the values belong to the lesson that was replaced
    setPlaying(false);
    time_ = 0;
    listParameters();
    refresh();
  });
  connect(session_, &Session::changed, this, [this](LessonPart part) {
    if (part == LessonPart::Animation) refresh();
  });
  listParameters();
  refresh();
}

// The parameters this lesson has: the common ones and its experiment's own.
void AnimationPanel::listParameters() {
  parameter_->clear();
  for (const auto& p : ebm::lessonParameters()) {
    if (!ebm::lessonHasParameter(session_->lesson(), p)) continue;
    parameter_->addItem(engineText(p.label), QString::fromStdString(p.name));
    parameter_->setItemData(parameter_->count() - 1, engineText(p.tooltip), Qt::ToolTipRole);
  }
}

bool AnimationPanel::playing() const {
  return clock_->isActive();
}

void AnimationPanel::setPlaying(bool playing) {
  if (playing && !clock_->isActive()) {
    beforePreview_.clear();
    for (const auto& k : session_->lesson().animation.keyframes) {
      if (!ebm::parameterInfo(k.parameter).view)
        beforePreview_[k.parameter] = ebm::parameterValue(session_->lesson(), k.parameter);
    }
    clock_->start();
  } else if (!playing) {
    clock_->stop();
    for (const auto& [name, value] : beforePreview_)
      session_->setParameterWithoutUndo(QString::fromStdString(name), value);
    beforePreview_.clear();
  }
  const QSignalBlocker blocker(play_);
  play_->setChecked(playing);
  play_->setText(playing ? tr("Stop") : tr("Preview"));
}

// Lesson parameters change without undo steps (a preview is not an edit); view parameters move the camera.
void AnimationPanel::showTime(double seconds) {
  time_ = seconds;
  const auto& animation = session_->lesson().animation;
  const auto values = ebm::keyframeValues(animation, seconds);
  double azimuth = 0, elevation = 0;
  bool camera = false;
  for (const auto& [name, value] : values) {
    if (name == "camera.azimuth") {
      azimuth = value, camera = true;
    } else if (name == "camera.elevation") {
      elevation = value, camera = true;
    } else if (ebm::parameterValue(session_->lesson(), name) != value) {
      session_->setParameterWithoutUndo(QString::fromStdString(name), value);
    }
  }
  if (camera) emit cameraOrbit(azimuth, elevation);
  updating_ = true;
  scrubber_->setValue(int(std::lround(kScrubSteps * seconds / std::max(animation.duration, 1e-9))));
  updating_ = false;
  timeLabel_->setText(tr("%1 s of %2 s").arg(seconds, 0, 'f', 1).arg(animation.duration, 0, 'f', 1));
}

void AnimationPanel::refresh() {
  updating_ = true;
  const auto& animation = session_->lesson().animation;
  duration_->setValue(animation.duration);
  fps_->setValue(animation.framesPerSecond);
  auto keyframes = animation.keyframes;
  table_->setRowCount(int(keyframes.size()));
  for (int row = 0; row < int(keyframes.size()); ++row) {
    const auto& k = keyframes[std::size_t(row)];
    auto* time = new QTableWidgetItem(QString::number(k.time, 'g', 4));
    auto* name = new QTableWidgetItem(engineText(ebm::parameterInfo(k.parameter).label));
    name->setData(Qt::UserRole, QString::fromStdString(k.parameter));
    name->setFlags(name->flags() & ~Qt::ItemIsEditable);
    auto* value = new QTableWidgetItem(QString::number(k.value, 'g', 5));
    table_->setItem(row, 0, time);
    table_->setItem(row, 1, name);
    table_->setItem(row, 2, value);
  }
  timeLabel_->setText(tr("%1 s of %2 s").arg(time_, 0, 'f', 1).arg(animation.duration, 0, 'f', 1));
  updating_ = false;
}

void AnimationPanel::applyTiming() {
  if (updating_) return;
  ebm::Animation animation = session_->lesson().animation;
  animation.duration = duration_->value();
  animation.framesPerSecond = fps_->value();
  for (auto& k : animation.keyframes)
    k.time = std::min(k.time, animation.duration);
  session_->edit(&ebm::Lesson::animation, animation, LessonPart::Animation, tr("Change animation timing"));
}

// A keyframe holds the parameter's value right now; a camera keyframe holds 0 unless one exists already.
void AnimationPanel::addKeyframe() {
  const std::string name = parameter_->currentData().toString().toStdString();
  ebm::Animation animation = session_->lesson().animation;
  double value = 0;
  if (ebm::parameterInfo(name).view) {
    const auto values = ebm::keyframeValues(animation, time_);
    if (auto it = values.find(name); it != values.end()) value = it->second;
  } else {
    value = ebm::parameterValue(session_->lesson(), name);
  }
  // The same keyframe again is no edit (Undo would seem to do nothing): the table shows the one there is.
  const auto same = std::find_if(
      animation.keyframes.begin(), animation.keyframes.end(),
      [&](const ebm::Keyframe& k) { return k.parameter == name && k.time == time_ && k.value == value; });
  if (same != animation.keyframes.end()) {
    table_->selectRow(int(same - animation.keyframes.begin()));
    return;
  }
  animation.keyframes.erase(
      std::remove_if(animation.keyframes.begin(), animation.keyframes.end(),
                     [&](const ebm::Keyframe& k) { return k.parameter == name && k.time == time_; }),
      animation.keyframes.end());
  animation.keyframes.push_back({time_, name, value});
  std::stable_sort(animation.keyframes.begin(), animation.keyframes.end(),
                   [](const ebm::Keyframe& a, const ebm::Keyframe& b) { return a.time < b.time; });
  session_->edit(&ebm::Lesson::animation, animation, LessonPart::Animation, tr("Add keyframe"));
}

void AnimationPanel::removeSelected() {
  ebm::Animation animation = session_->lesson().animation;
  std::vector<int> rows;
  for (const auto& range : table_->selectedRanges()) {
    for (int r = range.topRow(); r <= range.bottomRow(); ++r)
      rows.push_back(r);
  }
  if (rows.empty()) return;
  std::sort(rows.rbegin(), rows.rend());
  for (int r : rows) {
    if (r < int(animation.keyframes.size())) animation.keyframes.erase(animation.keyframes.begin() + r);
  }
  session_->edit(&ebm::Lesson::animation, animation, LessonPart::Animation, tr("Remove keyframes"));
}

void AnimationPanel::applyTable() {
  if (updating_) return;
  ebm::Animation animation = session_->lesson().animation;
  for (int row = 0; row < table_->rowCount() && row < int(animation.keyframes.size()); ++row) {
    auto& k = animation.keyframes[std::size_t(row)];
    bool okTime = false, okValue = false;
    const double t = table_->item(row, 0)->text().toDouble(&okTime);
    const double v = table_->item(row, 2)->text().toDouble(&okValue);
    if (okTime) k.time = std::clamp(t, 0.0, animation.duration);
    const auto& info = ebm::parameterInfo(k.parameter);
    if (okValue) k.value = std::clamp(v, info.lowest, info.highest);
  }
  session_->edit(&ebm::Lesson::animation, animation, LessonPart::Animation, tr("Edit keyframe"));
}

}  // namespace ebmui
