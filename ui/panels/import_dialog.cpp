#include "panels/import_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/errors.h"
#include "data/point_columns.h"
#include "style/palette.h"

namespace ebmui {
namespace {

constexpr int kPreviewRows = 12;
const char* const kRoleNames[] = {"x", "y", "z", "label"};

// A pale tint per role (x, y, z, label): the cells' text stays readable on light and dark palettes.
QColor roleColor(int role) {
  static constexpr palette::Rgb colors[] = {palette::kSkyBlue, palette::kBluishGreen, palette::kOrange,
                                            palette::kReddishPurple};
  return colors[role].qcolor(80);
}

}  // namespace

ImportDialog::ImportDialog(const QString& path, int dimension, const ebm::ImportChoice& initial,
                           QWidget* parent)
    : QDialog(parent), path_(path), dimension_(dimension) {
  setWindowTitle(tr("Import Points — %1").arg(QFileInfo(path).fileName()));
  skipLines_ = new QSpinBox(this);
  skipLines_->setObjectName(QStringLiteral("skipLines"));
  skipLines_->setRange(0, 1000);
  skipLines_->setValue(initial.skipLines);
  skipLines_->setToolTip(
      tr("Lines before the header or the first row that are not part of the table (scikit-learn's CSVs "
         "start with a summary line such as \"150,4,setosa,versicolor,virginica\": skip 1)"));
  table_ = new QTableWidget(this);
  table_->setObjectName(QStringLiteral("preview"));
  table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  table_->setSelectionMode(QAbstractItemView::NoSelection);
  table_->setMinimumSize(560, 260);
  table_->setToolTip(
      tr("The first rows of the file, as the reader splits them; the chosen columns are coloured"));
  const QString tips[] = {tr("The column drawn along the horizontal axis"),
                          tr("The column drawn along the vertical axis"),
                          tr("The column of the third coordinate (3D lessons)"),
                          tr("An optional column of classes (any text): points are coloured by it")};
  auto* form = new QFormLayout;
  form->addRow(tr("Skip the first lines"), skipLines_);
  for (int role = 0; role < 4; ++role) {
    auto* box = new QComboBox(this);
    box->setObjectName(QStringLiteral("column_%1").arg(kRoleNames[role]));
    box->setToolTip(tips[role]);
    box->setMinimumContentsLength(18);
    pickers_[std::size_t(role)] = box;
    if (role == 2 && dimension_ != 3) continue;  // a 2D lesson has no z
    form->addRow(role == 3 ? tr("Label column") : tr("%1 column").arg(kRoleNames[role]), box);
  }
  if (dimension_ != 3) pickers_[2]->hide();
  summary_ = new QLabel(this);
  summary_->setWordWrap(true);
  problem_ = new QLabel(this);
  problem_->setObjectName(QStringLiteral("problem"));
  problem_->setWordWrap(true);
  problem_->setStyleSheet(QStringLiteral("color: #e06060;"));
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  ok_ = buttons->button(QDialogButtonBox::Ok);
  ok_->setText(tr("Import"));
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(table_, 1);
  layout->addWidget(summary_);
  layout->addLayout(form);
  layout->addWidget(problem_);
  layout->addWidget(buttons);

  resize(860, 620);  // room for the preview's first rows and several columns
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  // Other skipped lines make another table: its own suggestion, unless columns were chosen by hand (or
  // remembered), which stay where the new table has them.
  chosenByHand_ = initial.chosen();
  connect(skipLines_, &QSpinBox::valueChanged, this,
          [this] { loadPreview(chosenByHand_ ? choice() : ebm::ImportChoice{}); });
  for (QComboBox* box : pickers_) {
    connect(box, &QComboBox::currentIndexChanged, this, &ImportDialog::update);
    connect(box, &QComboBox::activated, this, [this] { chosenByHand_ = true; });
  }
  loadPreview(initial);
}

ebm::ImportChoice ImportDialog::choice() const {
  ebm::ImportChoice c;
  c.skipLines = skipLines_->value();
  for (int role = 0; role < dimension_; ++role) {
    const QString column = pickers_[std::size_t(role)]->currentData().toString();
    if (!column.isEmpty()) c.coordinates.push_back(column.toStdString());
  }
  c.label = pickers_[3]->currentData().toString().toStdString();
  return c;
}

QString ImportDialog::problem() const {
  return problem_->text();
}

// Reads the first rows again (after the skipped lines), and picks `wanted`'s columns where the file has them,
// the preview's suggestion where it does not.
void ImportDialog::loadPreview(const ebm::ImportChoice& wanted) {
  previewError_.clear();
  try {
    preview_ = ebm::previewPointFile(path_.toStdString(), skipLines_->value(), dimension_, kPreviewRows);
  } catch (const ebm::Error& e) {
    preview_ = ebm::PointFilePreview{};
    previewError_ = QString::fromStdString(e.what());  // the reader's own words, with line and column
  }
  fillPickers(wanted);
  showTable();
  update();
}

void ImportDialog::fillPickers(const ebm::ImportChoice& wanted) {
  const auto& p = preview_;
  const auto found = [&](const std::string& name) {
    return name.empty() ? -1 : ebm::pointfile::findColumn(name, p.headerNames, p.columnCount);
  };
  bool wantedFits = int(wanted.coordinates.size()) == dimension_;
  for (const auto& name : wanted.coordinates)
    wantedFits = wantedFits && found(name) >= 0;
  const ebm::ImportChoice& start = wantedFits ? wanted : p.suggestion;
  for (int role = 0; role < 4; ++role) {
    QComboBox* box = pickers_[std::size_t(role)];
    const QSignalBlocker quiet(box);
    box->clear();
    if (role == 3) box->addItem(tr("(none)"), QString());
    for (int c = 0; c < p.columnCount; ++c) {
      const bool numeric = p.numeric[std::size_t(c)];
      if (role < 3 && !numeric) continue;  // text cannot be a coordinate
      box->addItem(QStringLiteral("%1 · %2").arg(c + 1).arg(QString::fromStdString(p.columnName(c))),
                   QString::fromStdString(p.choiceName(c)));
    }
    const std::string& name =
        role < 3 ? (std::size_t(role) < start.coordinates.size() ? start.coordinates[std::size_t(role)]
                                                                 : std::string())
                 : start.label;
    const int column = found(name);
    const int index = column >= 0 ? box->findData(QString::fromStdString(p.choiceName(column))) : -1;
    box->setCurrentIndex(index >= 0 ? index : (role == 3 ? 0 : std::min(role, box->count() - 1)));
  }
}

void ImportDialog::showTable() {
  const auto& p = preview_;
  table_->clear();
  table_->setColumnCount(p.columnCount);
  table_->setRowCount(int(p.rows.size()));
  QStringList headers, lines;
  for (int c = 0; c < p.columnCount; ++c)
    headers << QStringLiteral("%1\n%2").arg(c + 1).arg(QString::fromStdString(p.columnName(c)));
  table_->setHorizontalHeaderLabels(headers);
  for (std::size_t r = 0; r < p.rows.size(); ++r) {
    lines << tr("line %1").arg(p.rowLines[r]);
    for (std::size_t c = 0; c < p.rows[r].size(); ++c)
      table_->setItem(int(r), int(c), new QTableWidgetItem(QString::fromStdString(p.rows[r][c])));
  }
  table_->setVerticalHeaderLabels(lines);
  table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  const QString header =
      p.headerLine > 0 ? tr("a header on line %1").arg(p.headerLine) : tr("no header line");
  summary_->setText(p.columnCount == 0
                        ? tr("No rows to show after the skipped lines.")
                        : tr("%1 columns separated by %2, %3. Rows with an empty field, NA, NaN, "
                             "? or null in a chosen column are skipped and counted.")
                              .arg(p.columnCount)
                              .arg(QString::fromStdString(p.delimiter), header));
}

// Colours the chosen columns and allows the import once x, y (and z) are chosen, each a different column.
void ImportDialog::update() {
  const auto& p = preview_;
  std::vector<int> columns;
  for (int role = 0; role < 4; ++role) {
    if (role == 2 && dimension_ != 3) {
      columns.push_back(-1);
      continue;
    }
    const std::string name = pickers_[std::size_t(role)]->currentData().toString().toStdString();
    columns.push_back(name.empty() ? -1 : ebm::pointfile::findColumn(name, p.headerNames, p.columnCount));
  }
  for (int c = 0; c < table_->columnCount(); ++c) {
    int role = -1;
    for (int r = 0; r < 4; ++r)
      if (columns[std::size_t(r)] == c) role = r;
    for (int row = 0; row < table_->rowCount(); ++row) {
      if (QTableWidgetItem* item = table_->item(row, c))
        item->setBackground(role >= 0 ? QBrush(roleColor(role)) : QBrush());
    }
    if (QTableWidgetItem* head = table_->horizontalHeaderItem(c)) {
      const QString name = QString::fromStdString(p.columnName(c));
      head->setText(role >= 0 ? QStringLiteral("%1 → %2\n%3").arg(c + 1).arg(kRoleNames[role], name)
                              : QStringLiteral("%1\n%2").arg(c + 1).arg(name));
    }
  }
  QString problem;
  for (int role = 0; role < dimension_ && problem.isEmpty(); ++role) {
    if (columns[std::size_t(role)] < 0)
      problem = tr("Choose a column of numbers for %1.").arg(kRoleNames[role]);
  }
  for (int a = 0; a < 4 && problem.isEmpty(); ++a) {
    for (int b = 0; b < a; ++b) {
      if (columns[std::size_t(a)] >= 0 && columns[std::size_t(a)] == columns[std::size_t(b)]) {
        problem =
            tr("%1 and %2 are the same column: choose different ones.").arg(kRoleNames[b], kRoleNames[a]);
        break;
      }
    }
  }
  if (!previewError_.isEmpty()) problem = previewError_;
  if (problem.isEmpty() && p.columnCount == 0) problem = tr("Nothing to import.");
  problem_->setText(problem);
  ok_->setEnabled(problem.isEmpty());
}

}  // namespace ebmui
