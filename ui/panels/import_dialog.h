// The Import Points dialog: the first rows of a file, pickers for its x, y (and z) columns and an optional
// label column, and how many lines to skip before the table — for files with many columns, text columns and
// odd first lines.
#pragma once

#include <QDialog>
#include <array>

#include "data/point_file_preview.h"

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace ebmui {

/// Asks which columns of `path` hold the points. Starts from `initial` (a lesson's remembered choice for the
/// same file) or, when it names columns the file lacks, from the preview's suggestion. The preview is read
/// again when the skipped lines change; a file that cannot be previewed shows the reader's message (line
/// and column) and cannot be accepted.
class ImportDialog : public QDialog {
  Q_OBJECT
 public:
  ImportDialog(const QString& path, int dimension, const ebm::ImportChoice& initial,
               QWidget* parent = nullptr);

  /// The columns and skipped lines chosen.
  [[nodiscard]] ebm::ImportChoice choice() const;
  /// The preview shown (tests read it).
  [[nodiscard]] const ebm::PointFilePreview& preview() const { return preview_; }

  /// The pickers, by role: 0, 1, 2 = x, y, z; 3 = label. Their items' data is the ImportChoice name.
  [[nodiscard]] QComboBox* picker(int role) const { return pickers_[std::size_t(role)]; }
  [[nodiscard]] QSpinBox* skipLines() const { return skipLines_; }
  /// What keeps the import from starting (the reader's message for a file that cannot be previewed), or "".
  [[nodiscard]] QString problem() const;

 private:
  void loadPreview(const ebm::ImportChoice& wanted);
  void fillPickers(const ebm::ImportChoice& wanted);
  void showTable();
  void update();

  QString path_;
  int dimension_;
  ebm::PointFilePreview preview_;
  QSpinBox* skipLines_;
  QTableWidget* table_;
  std::array<QComboBox*, 4> pickers_{};
  QLabel* summary_;
  QLabel* problem_;
  QString previewError_;       ///< why the file cannot be previewed, or empty
  bool chosenByHand_ = false;  ///< the pickers hold a person's (or a lesson's) choice, not a suggestion
  QPushButton* ok_ = nullptr;
};

}  // namespace ebmui
