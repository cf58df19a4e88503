#include "export/export_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "core/errors.h"
#include "export/offscreen_scene.h"

namespace ebmui {
namespace {

struct Resolution {
  const char* label;
  int width, height;
};
constexpr Resolution kResolutions[] = {
    {"720p (1280 × 720)", 1280, 720}, {"1080p (1920 × 1080)", 1920, 1080}, {"4K (3840 × 2160)", 3840, 2160}};
constexpr int kCustom = 3;

QString extensionOf(ExportFormat format) {
  switch (format) {
    case ExportFormat::Mp4:
      return QStringLiteral(".mp4");
    case ExportFormat::Gif:
      return QStringLiteral(".gif");
    case ExportFormat::PngFrames:
      return QStringLiteral("/");
  }
  return {};
}

// `path` with the ending of `format` instead of whichever it had.
QString withFormat(QString path, ExportFormat format) {
  for (const char* ending : {".mp4", ".gif", "/"}) {
    if (path.endsWith(QLatin1String(ending), Qt::CaseInsensitive)) path.chop(int(qstrlen(ending)));
  }
  return path + extensionOf(format);
}

}  // namespace

ExportDialog::ExportDialog(const ebm::Lesson& lesson, const QString& suggestedName, QWidget* parent)
    : QDialog(parent),
      format_(new QComboBox(this)),
      resolution_(new QComboBox(this)),
      width_(new QSpinBox(this)),
      height_(new QSpinBox(this)),
      framesPerSecond_(new QSpinBox(this)),
      duration_(new QDoubleSpinBox(this)),
      path_(new QLineEdit(this)),
      problem_(new QLabel(this)),
      frames_(new QLabel(this)) {
  setWindowTitle(tr("Export Animation"));
  format_->addItem(tr("MP4 video (H.264)"), int(ExportFormat::Mp4));
  format_->addItem(tr("Animated GIF"), int(ExportFormat::Gif));
  format_->addItem(tr("PNG frames (a folder)"), int(ExportFormat::PngFrames));
  for (const Resolution& r : kResolutions)
    resolution_->addItem(tr(r.label));
  resolution_->addItem(tr("Custom"));
  for (QSpinBox* size : {width_, height_}) {
    size->setRange(kMinRenderSize, kMaxRenderWidth);
    size->setSuffix(tr(" px"));
  }
  height_->setMaximum(kMaxRenderHeight);
  framesPerSecond_->setRange(1, 120);
  framesPerSecond_->setSuffix(tr(" frames/s"));
  duration_->setRange(0.1, 600);
  duration_->setDecimals(1);
  duration_->setSuffix(tr(" s"));
  path_->setMinimumWidth(360);
  problem_->setWordWrap(true);
  problem_->setStyleSheet(QStringLiteral("color: #d04040"));
  problem_->hide();

  QSettings stored;
  stored.beginGroup(QStringLiteral("export"));
  format_->setCurrentIndex(std::clamp(stored.value(QStringLiteral("format"), 0).toInt(), 0, 2));
  resolution_->setCurrentIndex(std::clamp(stored.value(QStringLiteral("resolution"), 1).toInt(), 0, kCustom));
  width_->setValue(stored.value(QStringLiteral("width"), 1920).toInt());
  height_->setValue(stored.value(QStringLiteral("height"), 1080).toInt());
  const QString folder = stored.value(QStringLiteral("folder"), QDir::homePath()).toString();
  framesPerSecond_->setValue(lesson.animation.framesPerSecond);
  duration_->setValue(lesson.animation.duration);
  path_->setText(withFormat(QDir(folder).filePath(suggestedName), chosenFormat()));

  auto* browse = new QPushButton(tr("Choose…"), this);
  auto* where = new QHBoxLayout;
  where->addWidget(path_, 1);
  where->addWidget(browse);
  auto* size = new QHBoxLayout;
  size->addWidget(width_);
  size->addWidget(new QLabel(QStringLiteral("×"), this));
  size->addWidget(height_);
  auto* form = new QFormLayout;
  form->addRow(tr("Format:"), format_);
  form->addRow(tr("Resolution:"), resolution_);
  form->addRow(QString(), size);
  form->addRow(tr("Frame rate:"), framesPerSecond_);
  form->addRow(tr("Duration:"), duration_);
  form->addRow(QString(), frames_);
  form->addRow(tr("Save to:"), where);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(problem_);
  layout->addWidget(buttons);

  connect(format_, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
  connect(resolution_, &QComboBox::currentIndexChanged, this, &ExportDialog::resolutionChanged);
  connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
  connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
  auto countFrames = [this] {
    frames_->setText(tr("%1 frames").arg(std::lround(duration_->value() * framesPerSecond_->value())));
  };
  connect(framesPerSecond_, &QSpinBox::valueChanged, this, countFrames);
  connect(duration_, &QDoubleSpinBox::valueChanged, this, countFrames);
  countFrames();
  formatChanged();
  resolutionChanged();
}

ExportFormat ExportDialog::chosenFormat() const {
  return ExportFormat(format_->currentData().toInt());
}

void ExportDialog::formatChanged() {
  const ExportFormat format = chosenFormat();
  path_->setText(withFormat(path_->text(), format));
  // yuv420p halves the colour resolution: MP4 sizes step by two.
  for (QSpinBox* size : {width_, height_})
    size->setSingleStep(format == ExportFormat::Mp4 ? 2 : 1);
  problem_->hide();
}

void ExportDialog::resolutionChanged() {
  const int index = resolution_->currentIndex();
  const bool custom = index == kCustom;
  width_->setEnabled(custom);
  height_->setEnabled(custom);
  if (!custom) {
    width_->setValue(kResolutions[index].width);
    height_->setValue(kResolutions[index].height);
  }
}

void ExportDialog::browse() {
  const ExportFormat format = chosenFormat();
  QString path;
  if (format == ExportFormat::PngFrames) {
    path =
        QFileDialog::getSaveFileName(this, tr("Folder for the PNG frames"), withFormat(path_->text(), format),
                                     QString(), nullptr, QFileDialog::ShowDirsOnly);
  } else {
    const QString filter = format == ExportFormat::Mp4 ? tr("MP4 video (*.mp4)") : tr("Animated GIF (*.gif)");
    path = QFileDialog::getSaveFileName(this, tr("Export Animation"), path_->text(), filter);
  }
  if (!path.isEmpty()) path_->setText(withFormat(path, format));
}

ExportSettings ExportDialog::settings() const {
  ExportSettings settings;
  settings.outputPath = QDir::cleanPath(path_->text()).toStdString();
  if (chosenFormat() == ExportFormat::PngFrames) settings.outputPath += '/';
  settings.width = width_->value();
  settings.height = height_->value();
  settings.framesPerSecond = framesPerSecond_->value();
  settings.durationSeconds = duration_->value();
  return settings;
}

void ExportDialog::accept() {
  try {
    const ExportSettings chosen = settings();
    chosen.validate();
    const QString folder = QFileInfo(QDir::cleanPath(path_->text())).absolutePath();
    if (!QFileInfo(folder).isDir()) {
      throw ebm::ArgumentError(
          tr("The folder %1 does not exist; choose an existing folder.").arg(folder).toStdString());
    }
  } catch (const ebm::Error& e) {
    problem_->setText(QString::fromStdString(e.what()));
    problem_->show();
    return;
  }
  remember();
  QDialog::accept();
}

void ExportDialog::remember() const {
  QSettings stored;
  stored.beginGroup(QStringLiteral("export"));
  stored.setValue(QStringLiteral("format"), format_->currentIndex());
  stored.setValue(QStringLiteral("resolution"), resolution_->currentIndex());
  stored.setValue(QStringLiteral("width"), width_->value());
  stored.setValue(QStringLiteral("height"), height_->value());
  stored.setValue(QStringLiteral("folder"), QFileInfo(QDir::cleanPath(path_->text())).absolutePath());
}

}  // namespace ebmui
