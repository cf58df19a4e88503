// Importing a teacher's own points into the open lesson: a file dialog, the column dialog, the read on a pool
// thread with a cancellable progress dialog, and one undoable edit that adopts the points and fits the box.
#pragma once

#include <QObject>
#include <QString>
#include <atomic>
#include <memory>

#include "data/import_choice.h"

class QWidget;

namespace ebmui {

class Session;

/// The import flow of the window, kept out of MainWindow. Messages go out as signals: the window shows
/// them in its message bar. The lesson is never changed by a failed or cancelled import.
class PointImport : public QObject {
  Q_OBJECT
 public:
  /// Dialogs open over `dialogParent`; edits go to `session`.
  PointImport(Session* session, QWidget* dialogParent);
  ~PointImport() override;

  /// Asks for a file and its columns (Data ▸ Import points…), then imports it.
  void chooseAndImport();
  /// Asks for the columns of `path` (the lesson's remembered choice preselected for the same file), then
  /// imports it. Returns false if the teacher cancelled the dialog.
  bool chooseColumnsAndImport(const QString& path);
  /// Imports `path` with `choice` without asking (the command line's --data). The result arrives as
  /// imported() or failed().
  void importFile(const QString& path, const ebm::ImportChoice& choice);
  /// Cancels a read in progress (the window closes, another lesson opens): no edit is made.
  void cancel();
  /// True while a file is being read.
  [[nodiscard]] bool busy() const { return running_ != nullptr; }

 signals:
  /// The points are in the lesson: "Imported 342 points from penguins.csv (bill_length_mm, …). Skipped 2
  /// rows with a missing value (lines 5, 273)."
  void imported(const QString& message);
  /// The file was not imported: the reader's message with its line and column, and that the data is
  /// unchanged.
  void failed(const QString& message);
  /// The teacher cancelled the read.
  void cancelled(const QString& message);

 private:
  Session* session_;
  QWidget* dialogParent_;
  std::shared_ptr<std::atomic<bool>> running_;  ///< the read in progress: set to true to cancel it
};

}  // namespace ebmui
