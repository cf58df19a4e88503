#include "panels/data_panel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "data/data_set_registry.h"
#include "i18n/language.h"
#include "panels/point_drawing_controls.h"
#include "session/session.h"

namespace ebmui {

using Source = ebm::DataSpec::Source;

namespace {

// "penguins.csv: 342 points, x bill_length_mm, y flipper_length_mm, 3 classes from species; 2 rows skipped
// for a missing value. Standardized for the engine (…); the views show the file's units."
QString importedSummary(const ebm::DataSpec& data) {
  const auto n = data.points.cols();
  QString text = !data.importedFrom.empty()
                     ? QObject::tr("%1: %2 points").arg(QString::fromStdString(data.importedFrom)).arg(n)
                 : data.drawn ? QObject::tr("%1 points drawn on the map").arg(n)
                              : QObject::tr("%1 imported points").arg(n);
  if (data.drawn && !data.importedFrom.empty()) text += QObject::tr(" (some drawn on the map)");
  static const char* const axes[] = {"x", "y", "z"};
  for (std::size_t a = 0; a < data.columnNames.size() && a < 3; ++a)
    text += QStringLiteral(", %1 <b>%2</b>")
                .arg(axes[a], QString::fromStdString(data.columnNames[a]).toHtmlEscaped());
  if (!data.labelNames.empty()) {
    text += data.importChoice.label.empty()
                ? QObject::tr(", %1 classes").arg(data.labelNames.size())
                : QObject::tr(", %1 classes from <b>%2</b>")
                      .arg(data.labelNames.size())
                      .arg(QString::fromStdString(data.importChoice.label).toHtmlEscaped());
  }
  text += QStringLiteral(".");
  if (data.skippedRows > 0)
    text += QObject::tr(" %1 rows were skipped for a missing value.").arg(data.skippedRows);
  if (!data.standardization.identity()) {
    QStringList axesText;
    for (std::size_t a = 0; a < data.standardization.shift.size(); ++a)
      axesText << QObject::tr("%1 − %2, ÷ %3")
                      .arg(axes[std::min<std::size_t>(a, 2)])
                      .arg(data.standardization.shift[a], 0, 'g', 4)
                      .arg(data.standardization.scale[a], 0, 'g', 4);
    text += QObject::tr(
                "<br>The network learns the points standardized (%1); the views, axes and the "
                "held-out NLL are in the file's own units.")
                .arg(axesText.join(QStringLiteral("; ")));
  }
  return text;
}

}  // namespace

DataPanel::DataPanel(Session* session, ViewArea* views, QWidget* parent)
    : QWidget(parent), session_(session) {
  dataset_ = new QComboBox(this);
  dataset_->setObjectName(QStringLiteral("dataSet"));
  dataset_->setToolTip(tr("The points the energy should learn: low energy where they are"));
  count_ = new QSpinBox(this);
  count_->setObjectName(QStringLiteral("dataCount"));
  count_->setRange(10, 1000000);
  count_->setSingleStep(500);
  count_->setKeyboardTracking(false);
  count_->setToolTip(tr("How many points to draw (a fifth is held out to measure the likelihood)"));
  defaultNoise_ = new QCheckBox(tr("recipe's noise"), this);
  defaultNoise_->setToolTip(tr("Use the noise of the literature's recipe for this data set"));
  noise_ = new QDoubleSpinBox(this);
  noise_->setRange(0.0, 5.0);
  noise_->setDecimals(3);
  noise_->setSingleStep(0.01);
  noise_->setKeyboardTracking(false);
  noise_->setToolTip(tr("Standard deviation of the Gaussian noise added to each point"));
  seed_ = new QSpinBox(this);
  seed_->setRange(0, 1 << 30);
  seed_->setKeyboardTracking(false);
  seed_->setToolTip(tr("The random seed: the same seed draws the same points"));
  regenerate_ = new QPushButton(tr("Draw again"), this);
  regenerate_->setToolTip(tr("Draw a new sample of the same data set (the next seed)"));
  import_ = new QPushButton(tr("Import points…"), this);
  import_->setToolTip(
      tr("Load your own data from a CSV or TSV file: choose its x, y (and z) columns and a "
         "label column; rows with missing values are skipped"));
  info_ = new QLabel(this);
  info_->setWordWrap(true);
  drawing_ = new PointDrawingControls(session_, views, this);

  auto* noiseRow = new QHBoxLayout;
  noiseRow->addWidget(noise_, 1);
  noiseRow->addWidget(defaultNoise_);
  auto* form = new QFormLayout;
  form->addRow(tr("Data set"), dataset_);
  form->addRow(tr("Points"), count_);
  form->addRow(tr("Noise"), noiseRow);
  form->addRow(tr("Seed"), seed_);
  auto* buttons = new QHBoxLayout;
  buttons->addWidget(regenerate_);
  buttons->addWidget(import_);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addLayout(buttons);
  layout->addWidget(info_);
  layout->addWidget(drawing_);
  layout->addStretch(1);

  connect(dataset_, &QComboBox::currentIndexChanged, this, &DataPanel::apply);
  connect(count_, &QSpinBox::valueChanged, this, &DataPanel::apply);
  connect(seed_, &QSpinBox::valueChanged, this, &DataPanel::apply);
  connect(noise_, &QDoubleSpinBox::valueChanged, this, &DataPanel::apply);
  connect(defaultNoise_, &QCheckBox::toggled, this, &DataPanel::apply);
  connect(regenerate_, &QPushButton::clicked, this, [this] { seed_->setValue(seed_->value() + 1); });
  connect(import_, &QPushButton::clicked, this, &DataPanel::importRequested);
  connect(session_, &Session::lessonReplaced, this, &DataPanel::refresh);
  connect(session_, &Session::changed, this, [this](LessonPart part) {
    if (part == LessonPart::Data || part == LessonPart::Box) refresh();
  });
  refresh();
}

void DataPanel::refresh() {
  updating_ = true;
  const ebm::Lesson& lesson = session_->lesson();
  const ebm::DataSpec& data = lesson.data;
  dataset_->clear();
  dataset_->addItem(tr("(no data)"), QString());
  for (const std::string& name : ebm::dataSetNames()) {
    const auto& info = ebm::dataSetInfo(name);
    if (info.dimension != lesson.box.dimension) continue;
    dataset_->addItem(engineText(info.title), QString::fromStdString(name));
    dataset_->setItemData(dataset_->count() - 1, engineText(info.recipe), Qt::ToolTipRole);
  }
  if (data.source == Source::Points) {
    dataset_->addItem(data.drawn && data.importedFrom.empty() ? tr("Drawn points") : tr("Imported points"),
                      QStringLiteral("__imported"));
    dataset_->setCurrentIndex(dataset_->count() - 1);
  } else if (data.source == Source::Generated) {
    dataset_->setCurrentIndex(std::max(0, dataset_->findData(QString::fromStdString(data.dataset))));
  } else {
    dataset_->setCurrentIndex(0);
  }
  const bool generated = data.source == Source::Generated;
  count_->setMinimum(data.source == Source::Points ? 0 : 10);  // a cleared map has no point
  count_->setValue(data.source == Source::Points ? int(data.points.cols()) : data.count);
  defaultNoise_->setChecked(data.noise < 0);
  double noise = data.noise;
  if (noise < 0 && generated) noise = ebm::dataSetInfo(data.dataset).defaultNoise;
  noise_->setValue(std::max(0.0, noise));
  noise_->setEnabled(generated && data.noise >= 0);
  seed_->setValue(int(data.seed));
  for (QWidget* w : {static_cast<QWidget*>(count_), static_cast<QWidget*>(seed_),
                     static_cast<QWidget*>(defaultNoise_), static_cast<QWidget*>(regenerate_)}) {
    w->setEnabled(generated);
  }
  if (data.source == Source::None) {
    info_->setText(lesson.box.dimension == 2
                       ? tr("No data: the landscape is an analytic energy. Choose a data set to train on, or "
                            "draw your own on the map.")
                       : tr("No data: the landscape is an analytic energy. Choose a data set to train on."));
  } else if (generated) {
    const auto& info = ebm::dataSetInfo(data.dataset);
    info_->setText(tr("%1<br>%2 points: %3 for training, %4 held out.%5")
                       .arg(engineText(info.recipe).toHtmlEscaped())
                       .arg(data.count)
                       .arg(data.count - data.count / 5)
                       .arg(data.count / 5)
                       .arg(info.knownDensity ? tr("<br>Its true density is known exactly.") : QString()));
  } else {
    info_->setText(importedSummary(data));
  }
  updating_ = false;
}

void DataPanel::apply() {
  if (updating_) return;
  ebm::DataSpec data = session_->lesson().data;
  const QString name = dataset_->currentData().toString();
  if (name == QStringLiteral("__imported")) return;
  if (name.isEmpty()) {
    data.source = Source::None;
  } else {
    const bool switched = data.source != Source::Generated || data.dataset != name.toStdString();
    data.source = Source::Generated;
    data.dataset = name.toStdString();
    data.points.resize(0, 0);
    data.labels.clear();
    data.labelNames.clear();
    data.count = count_->value();
    data.seed = std::uint64_t(seed_->value());
    data.noise = defaultNoise_->isChecked() || switched ? -1.0 : noise_->value();
  }
  session_->editData(data, tr("Change data"));
  refresh();
}

}  // namespace ebmui
