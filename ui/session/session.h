// The lesson being edited: the one copy of ebm::Lesson the window works on, changed only through undoable
// commands, with signals that tell views, panels and the engine worker what changed.
#pragma once

#include <QObject>
#include <QString>
#include <QUndoStack>
#include <optional>

#include "io/lesson.h"

namespace ebmui {

/// What part of the lesson a change touched, so listeners redo only what depends on it.
enum class LessonPart {
  Parameters,  ///< a slider value (temperature, α, …): recombine cached grids, no network pass
  Data,        ///< the data set
  Energies,    ///< an energy's spec (or weights), or the composition's structure
  Sampler,     ///< sampler settings
  Training,    ///< training settings
  View,        ///< what is shown and how
  Animation,   ///< keyframes
  Text,        ///< title, explanation, hidden controls
  Experiment,  ///< the experiment's settings (a puzzle, stored patterns, items, …)
  Box,         ///< the box, and with it everything drawn and sampled (with the data that made it change)
};

/// Merge ids of edits that a drag repeats (Session::edit's `mergeId`), apart from named parameters.
enum EditMergeId {
  kMergeSlicePosition = 2001,
  kMergeAttentionBeta = 2002,
  kMergeAttentionPattern = 2003,
  kMergeDataStroke = 2004,
};

/// Owns the lesson on the GUI thread. Every edit goes through the undo stack (Ctrl+Z / Ctrl+Shift+Z); a
/// parameter dragged on a slider is one undo step, not one per pixel. Emits changed(part) after each edit,
/// lessonReplaced() when a whole lesson is opened.
class Session : public QObject {
  Q_OBJECT
 public:
  explicit Session(QObject* parent = nullptr);

  [[nodiscard]] const ebm::Lesson& lesson() const { return lesson_; }
  [[nodiscard]] QUndoStack* undoStack() { return &undoStack_; }
  /// The file the lesson was opened from or last saved to ("" for a built-in lesson or a new one).
  [[nodiscard]] const QString& filePath() const { return filePath_; }
  void setFilePath(const QString& path);
  /// True when there are edits since the lesson was opened or saved.
  [[nodiscard]] bool modified() const { return !undoStack_.isClean(); }
  void markSaved();
  /// Marks the lesson as having unsaved changes (a lesson restored after a crash).
  void markModified();

  /// Opens a whole lesson: clears the undo history.
  void replaceLesson(const ebm::Lesson& lesson, const QString& filePath = {});

  /// Sets a named parameter (see io/lesson_parameters.h); consecutive moves of one parameter merge into one
  /// undo step. Returns false (nothing changes) if the value is the same.
  bool setParameter(const QString& name, double value);
  [[nodiscard]] double parameter(const QString& name) const;

  /// Replaces one part of the lesson as an undoable step named `what` ("Change sampler"). Edits with the same
  /// `mergeId` (≥ 0) that follow each other closely merge into one step: a slider drag that is not a named
  /// parameter (the slicing plane) is one step too.
  template <typename T>
  void edit(T ebm::Lesson::*member, const T& value, LessonPart part, const QString& what, int mergeId = -1);

  /// Replaces the whole lesson as one undoable step (structural edits that touch several parts at once).
  void editWhole(const ebm::Lesson& lesson, LessonPart part, const QString& what);

  /// Replaces the data set as one undoable step. A lesson that detects anomalies calibrates its threshold
  /// anew (the energies of its normal points moved); `box`, when given, replaces the box in the same step.
  void editData(const ebm::DataSpec& data, const QString& what, const std::optional<ebm::Box>& box = {});

  /// Replaces the data as part of stroke `stroke` (> 0) of a brush on the map: the edits of one stroke, from
  /// the press to the release, are one undoable step named `what` ("Draw points") however long it pauses. A
  /// lesson that detects anomalies calibrates its threshold anew, as with editData().
  void editDataStroke(const ebm::DataSpec& data, const QString& what, int stroke);

  /// Applies a change without an undo step (the engine's own progress, e.g. trained weights arriving).
  void applyWithoutUndo(const std::function<void(ebm::Lesson&)>& change, LessonPart part);
  /// Sets a named parameter without an undo step (an animation preview's frame, a threshold the engine
  /// calibrated): the engine and the panels hear of it as of a slider move.
  void setParameterWithoutUndo(const QString& name, double value);

 signals:
  void changed(ebmui::LessonPart part);
  void parameterChanged(const QString& name, double value);
  void lessonReplaced();
  void filePathChanged(const QString& path);

 private:
  friend class EditLessonCommand;
  void notify(LessonPart part) { emit changed(part); }

  ebm::Lesson lesson_;
  QUndoStack undoStack_;
  QString filePath_;
};

/// One undoable edit of a lesson member: keeps the old and new value of just that member.
class EditLessonCommand : public QUndoCommand {
 public:
  /// `mergeId` ≥ 0: merges with the next command of the same id that follows within a drag's pause.
  EditLessonCommand(Session* session, std::function<void(ebm::Lesson&, bool redo)> apply, LessonPart part,
                    const QString& text, int mergeId = -1);
  void undo() override;
  void redo() override;
  [[nodiscard]] int id() const override { return mergeId_; }
  bool mergeWith(const QUndoCommand* other) override;
  /// Makes this edit part of stroke `stroke` (> 0): it merges with the next edit of the same stroke whatever
  /// the pause between them, and never with another's.
  void setStroke(int stroke) { stroke_ = stroke; }

 private:
  Session* session_;
  std::function<void(ebm::Lesson&, bool)> undoApply_;  ///< the first edit's: back to before the drag
  std::function<void(ebm::Lesson&, bool)> redoApply_;  ///< the newest edit's: to the drag's end
  LessonPart part_;
  int mergeId_;
  int stroke_ = 0;
  qint64 when_;
};

template <typename T>
void Session::edit(T ebm::Lesson::*member, const T& value, LessonPart part, const QString& what,
                   int mergeId) {
  auto apply = [member, oldValue = lesson_.*member, newValue = value](ebm::Lesson& lesson, bool redo) {
    lesson.*member = redo ? newValue : oldValue;
  };
  undoStack_.push(new EditLessonCommand(this, std::move(apply), part, what, mergeId));
}

}  // namespace ebmui
